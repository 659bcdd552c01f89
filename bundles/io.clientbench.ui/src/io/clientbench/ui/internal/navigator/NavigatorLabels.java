package io.clientbench.ui.internal.navigator;

import io.clientbench.core.navigator.SavedView;
import io.clientbench.ui.internal.UiMessages;

/** The navigator's localized names for saved views. */
final class NavigatorLabels {

    private NavigatorLabels() {
    }

    static String of(SavedView view) {
        return switch (view) {
            case ALL -> UiMessages.savedView_all;
            case MINE -> UiMessages.savedView_mine;
            case KEY_AND_DIFFICULT -> UiMessages.savedView_keyAndDifficult;
            case NOT_VISITED_3_MONTHS -> UiMessages.savedView_notVisited3Months;
        };
    }
}
