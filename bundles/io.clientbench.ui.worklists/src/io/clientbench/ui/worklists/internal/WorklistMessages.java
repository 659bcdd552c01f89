package io.clientbench.ui.worklists.internal;

import org.eclipse.osgi.util.NLS;

/** The work lists' localized strings. */
final class WorklistMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.worklists.internal.messages";

    public static String loading;
    public static String loadFailed;
    public static String customer;
    public static String followUps_state;
    public static String followUps_overdue;
    public static String followUps_today;
    public static String followUps_status;
    public static String pool_score;
    public static String pool_priority;
    public static String pool_status;

    static {
        NLS.initializeMessages(BUNDLE_NAME, WorklistMessages.class);
    }

    private WorklistMessages() {
    }
}
