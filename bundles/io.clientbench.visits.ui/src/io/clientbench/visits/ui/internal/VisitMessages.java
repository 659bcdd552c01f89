package io.clientbench.visits.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The visit plan view's localized strings. */
final class VisitMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.visits.ui.internal.messages";

    public static String loading;
    public static String cadence_description;
    public static String cadence_rule;
    public static String cadence_period;
    public static String cadence_onSite;
    public static String cadence_contacts;
    public static String cadence_invalid;
    public static String cadence_boundTo;
    public static String cadence_add;
    public static String cadence_remove;
    public static String cadence_tag;
    public static String rule_title;
    public static String rule_message;
    public static String rule_name;
    public static String rule_byGrade;
    public static String rule_byTag;
    public static String rule_tagHint;
    public static String rule_either;
    public static String rule_holidays;
    public static String rule_nameMissing;
    public static String rule_bindingMissing;
    public static String rule_nothingDue;
    public static String loadFailed;
    public static String month_previous;
    public static String month_next;
    public static String owner_all;
    public static String action_record;
    public static String action_exportXlsx;
    public static String action_exportIcs;
    public static String status;
    public static String record_title;
    public static String record_heading;
    public static String record_message;
    public static String record_chooseLine;
    public static String export_title;
    public static String export_failed;
    public static String exported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, VisitMessages.class);
    }

    private VisitMessages() {
    }
}
