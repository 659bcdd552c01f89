package io.clientbench.core.navigator;

import java.util.List;
import java.util.function.IntPredicate;

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

    /** Which rows the view includes; the columns are looked up once, not per row (a keystroke scans every row). */
    IntPredicate includes(CustomerRows rows, String currentUser) {
        Object[] owner = column(rows, OWNER), key = column(rows, KEY), difficult = column(rows, DIFFICULT), visited = column(rows, VISITED);
        return switch (this) {
            case ALL -> row -> true;
            case MINE -> row -> currentUser != null && currentUser.equals(owner[row]);
            case KEY_AND_DIFFICULT -> row -> Boolean.TRUE.equals(key[row]) || Boolean.TRUE.equals(difficult[row]);
            case NOT_VISITED_3_MONTHS -> row -> !Boolean.TRUE.equals(visited[row]);
        };
    }

    /** A field's column, or all nulls when it was not loaded (as {@link CustomerRows#value} reads it). */
    private static Object[] column(CustomerRows rows, String field) {
        Object[] column = rows.column(field);
        return column != null ? column : new Object[rows.size()];
    }
}
