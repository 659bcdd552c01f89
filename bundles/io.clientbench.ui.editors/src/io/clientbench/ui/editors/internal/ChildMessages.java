package io.clientbench.ui.editors.internal;

import org.eclipse.osgi.util.NLS;

/** The localized strings of the customer editor's pages of owned records (contacts, deals, follow-ups, needs). */
final class ChildMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.editors.internal.children";

    public static String page_contacts;
    public static String page_deals;
    public static String page_followUps;
    public static String page_needs;
    public static String saveFirst;
    public static String add;
    public static String edit;
    public static String count;
    public static String loadFailed;
    public static String dialog_new;
    public static String dialog_edit;
    public static String dialog_invalid;
    public static String dialog_marks;
    public static String dialog_pending;
    public static String dialog_conflict;
    public static String dialog_failed;
    public static String save;
    public static String cancel;
    public static String ice_score;
    public static String ice_priority;
    public static String ice_preview;
    public static String ice_unrated;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ChildMessages.class);
    }

    private ChildMessages() {
    }
}
