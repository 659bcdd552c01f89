package io.clientbench.privacy.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The role dialogs' texts (messages.properties and its _zh twin). */
public final class PrivacyUiMessages extends NLS {

    public static String status_role;
    public static String status_tooltip;
    public static String switch_title;
    public static String switch_message;
    public static String switch_role;
    public static String switch_user;
    public static String switch_password;
    public static String switch_noPassword;
    public static String switch_anonymised;
    public static String switch_policy;
    public static String roles_title;
    public static String roles_message;
    public static String roles_column_role;
    public static String roles_column_policy;
    public static String roles_column_password;
    public static String roles_passwordSet;
    public static String roles_passwordNone;
    public static String roles_newPassword;
    public static String roles_confirm;
    public static String roles_set;
    public static String roles_remove;
    public static String roles_mismatch;
    public static String roles_saved;
    public static String roles_removed;

    static {
        NLS.initializeMessages(PrivacyUiMessages.class.getPackageName() + ".messages", PrivacyUiMessages.class);
    }

    private PrivacyUiMessages() {
    }
}
