package io.clientbench.core.navigator;

import java.util.List;

/**
 * The navigator's saved views: the lists a rep opens every day. Each names the fields it reads, so the navigator
 * loads them whatever columns are shown.
 */
public enum SavedView {
    ALL(List.of()),
    /** Customers whose owner is the current user. */
    MINE(List.of(SavedView.OWNER)),
    /** 重点/难点客户. */
    KEY_AND_DIFFICULT(List.of(SavedView.KEY, SavedView.DIFFICULT)),
    /** No on-site visit in the last three months. */
    NOT_VISITED_3_MONTHS(List.of(SavedView.VISITED));

    static final String OWNER = "owner";
    static final String KEY = "keyCustomer";
    static final String DIFFICULT = "difficultCustomer";
    static final String VISITED = "visitedOnSiteIn3Months";

    private final List<String> fields;

    SavedView(List<String> fields) {
        this.fields = fields;
    }

    public List<String> fields() {
        return fields;
    }

    boolean includes(CustomerRows rows, int row, String currentUser) {
        return switch (this) {
            case ALL -> true;
            case MINE -> currentUser != null && currentUser.equals(rows.value(row, OWNER));
            case KEY_AND_DIFFICULT -> Boolean.TRUE.equals(rows.value(row, KEY)) || Boolean.TRUE.equals(rows.value(row, DIFFICULT));
            case NOT_VISITED_3_MONTHS -> !Boolean.TRUE.equals(rows.value(row, VISITED));
        };
    }
}
