package io.clientbench.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The analysis views' localized strings. */
final class AnalysisUiMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.ui.internal.messages";

    public static String dataset_loading;
    public static String analyses_status;
    public static String column_analysis;
    public static String column_appliesTo;
    public static String column_state;
    public static String state_ready;
    public static String appliesTo_all;
    public static String disabled;
    public static String action_open;
    public static String settings_section;
    public static String settings_description;
    public static String settings_defaults;
    public static String boolean_yes;
    public static String boolean_no;
    public static String date_hint;
    public static String run;
    public static String running;
    public static String waiting;
    public static String ran;
    public static String failed;
    public static String datasetFailed;
    public static String disabledMessage;
    public static String conclusion_section;
    public static String conclusion;
    public static String diagnosis;
    public static String action;
    public static String charts_section;
    public static String tables_section;
    public static String noResult;
    public static String chart_empty;
    public static String axis_category;
    public static String axis_share;
    public static String export_png;
    public static String export_svg;
    public static String export_xlsx;
    public static String export_title;
    public static String exported;
    public static String export_failed;
    public static String writeBack;
    public static String writeBack_title;
    public static String writeBack_question;
    public static String writeBack_none;
    public static String writeBack_noField;
    public static String writeBack_running;
    public static String writeBack_done;
    public static String writeBack_conflicts;
    public static String writeBack_failures;
    public static String writeBack_records;
    public static String writeBack_questionRecords;
    public static String writeBack_recordsDone;
    public static String snapshot_take;
    public static String snapshot_title;
    public static String snapshot_question;
    public static String snapshot_reading;
    public static String snapshot_latest;
    public static String snapshot_none;
    public static String snapshot_taken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AnalysisUiMessages.class);
    }

    private AnalysisUiMessages() {
    }
}
