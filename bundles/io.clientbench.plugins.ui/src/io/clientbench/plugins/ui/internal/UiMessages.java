package io.clientbench.plugins.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the plugin dialogs (messages.properties, messages_zh.properties). */
public final class UiMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.plugins.ui.internal.messages";

    public static String install_title;
    public static String install_message;
    public static String install_location;
    public static String install_locationHint;
    public static String install_folder;
    public static String install_archive;
    public static String install_chooseFolder;
    public static String install_archiveFilter;
    public static String install_loading;
    public static String install_none;
    public static String install_choose;
    public static String install_button;
    public static String column_name;
    public static String column_version;
    public static String column_provider;
    public static String column_id;
    public static String manage_title;
    public static String manage_message;
    public static String manage_none;
    public static String manage_update;
    public static String manage_updateAll;
    public static String manage_uninstall;
    public static String manage_confirmUninstall_title;
    public static String manage_confirmUninstall;
    public static String restart_title;
    public static String restart_question;
    public static String done_title;
    public static String error_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, UiMessages.class);
    }

    private UiMessages() {
    }
}
