package io.clientbench.quality.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Labels of the Data Quality view and the merge wizard (messages.properties, messages_zh.properties). */
public final class QualityUiMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.quality.ui.internal.messages";

    public static String scan;
    public static String preferences_description;
    public static String preferences_staleDays;
    public static String preferences_majorChangeHours;
    public static String preferences_completeness;
    public static String preferences_samePhoneSimilarity;
    public static String preferences_nameSimilarity;
    public static String preferences_note;
    public static String history;
    public static String history_title;
    public static String history_message;
    public static String history_loading;
    public static String history_none;
    public static String history_when;
    public static String history_customer;
    public static String history_mergedAway;
    public static String history_count;
    public static String history_moved;
    public static String history_state;
    public static String history_undone;
    public static String history_undo;
    public static String history_confirm;
    public static String history_done;
    public static String history_failed;
    public static String history_job;
    public static String scanJob;
    public static String scanning;
    public static String scanDone;
    public static String scanFailed;
    public static String scanCanceled;
    public static String notScanned;
    public static String duplicates;
    public static String findings;
    public static String tabCount;
    public static String wizard_summaryValue;
    public static String merge;
    public static String column_customer;
    public static String column_score;
    public static String column_reasons;
    public static String column_problem;
    public static String column_field;
    public static String column_message;
    public static String group;
    public static String counts;
    public static String kind_INCOMPLETE;
    public static String kind_PENDING;
    public static String kind_STALE;
    public static String kind_MAJOR_CHANGE_NOT_SYNCED;
    public static String kind_CROSS_FIELD;
    public static String wizard_title;
    public static String wizard_choices;
    public static String wizard_choicesHint;
    public static String wizard_survivor;
    public static String wizard_recent;
    public static String wizard_complete;
    public static String wizard_noChoices;
    public static String wizard_option;
    public static String wizard_undated;
    public static String wizard_summary;
    public static String wizard_summaryHint;
    public static String wizard_summaryKeep;
    public static String wizard_summaryRemove;
    public static String wizard_summaryChanges;
    public static String wizard_summaryNoChanges;
    public static String wizard_summaryMoves;
    public static String wizard_summaryJournal;
    public static String wizard_loadFailed;
    public static String wizard_unsaved;
    public static String mergeJob;
    public static String mergeDone;
    public static String mergeFailed;
    public static String yes;
    public static String no;

    static {
        NLS.initializeMessages(BUNDLE_NAME, QualityUiMessages.class);
    }

    private QualityUiMessages() {
    }
}
