package io.clientbench.ui.internal.navigator;

import java.util.Locale;

import io.clientbench.ui.internal.UiMessages;

/**
 * The navigator's saved views. Their queries arrive with the customer store; the list is already
 * what users pick from, so search and selection work on it now.
 */
enum SavedView {
    ALL, MINE, KEY_AND_DIFFICULT, NOT_VISITED_3_MONTHS;

    String label() {
        return switch (this) {
            case ALL -> UiMessages.savedView_all;
            case MINE -> UiMessages.savedView_mine;
            case KEY_AND_DIFFICULT -> UiMessages.savedView_keyAndDifficult;
            case NOT_VISITED_3_MONTHS -> UiMessages.savedView_notVisited3Months;
        };
    }

    /** Case-insensitive substring match on the localized label; a blank query matches everything. */
    boolean matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || label().toLowerCase(Locale.ROOT).contains(q);
    }
}
