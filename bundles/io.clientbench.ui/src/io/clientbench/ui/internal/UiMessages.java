package io.clientbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localized UI strings (messages.properties, messages_zh.properties); the OS locale picks, -nl overrides. */
public final class UiMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.internal.messages";

    public static String startup_title;
    public static String startup_noStore;
    public static String startup_sampleData;
    public static String password_title;
    public static String password_message;
    public static String password_wrong;
    public static String encrypt_backup;
    public static String encrypt_failedTitle;
    public static String encrypt_failed;
    public static String navigator_searchHint;
    public static String navigator_filterBy;
    public static String navigator_sortAscending;
    public static String navigator_sortDescending;
    public static String columns_origin;
    public static String columns_base;
    public static String columns_branch;
    public static String navigator_columns;
    public static String navigator_columnsTooltip;
    public static String columns_title;
    public static String columns_message;
    public static String columns_field;
    public static String columns_up;
    public static String columns_down;
    public static String columns_defaults;
    public static String columns_none;
    public static String navigator_status;
    public static String navigator_loading;
    public static String navigator_noGrouping;
    public static String navigator_groupBy;
    public static String navigator_groupHeading;
    public static String navigator_blankGroup;
    public static String savedView_all;
    public static String savedView_mine;
    public static String savedView_keyAndDifficult;
    public static String savedView_notVisited3Months;
    public static String about_title;
    public static String about_version;
    public static String about_java;
    public static String about_dataFolder;
    public static String about_databaseCreated;
    public static String preferences_description;
    public static String preferences_iceHigh;
    public static String preferences_iceMedium;
    public static String preferences_iceOrder;
    public static String preferences_userName;
    public static String preferences_language;
    public static String preferences_languageSystem;
    public static String preferences_languageNote;
    public static String preferences_dataFolder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, UiMessages.class);
    }

    private UiMessages() {
    }
}
