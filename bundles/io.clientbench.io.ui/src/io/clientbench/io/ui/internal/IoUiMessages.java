package io.clientbench.io.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** The import wizard's, undo's and export's strings (English and Chinese). */
final class IoUiMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.io.ui.internal.messages";

    public static String wizard_title;
    public static String file_title;
    public static String file_description;
    public static String file_path;
    public static String file_browse;
    public static String file_holds;
    public static String file_customers;
    public static String file_contacts;
    public static String file_deals;
    public static String file_reading;
    public static String file_choose;
    public static String file_missing;
    public static String file_job;
    public static String file_allFiles;
    public static String mapping_title;
    public static String mapping_description;
    public static String mapping_column;
    public static String mapping_example;
    public static String mapping_field;
    public static String mapping_notImported;
    public static String mapping_owner;
    public static String mapping_key;
    public static String mapping_keyNone;
    public static String mapping_keyField;
    public static String mapping_profile;
    public static String mapping_load;
    public static String mapping_save;
    public static String mapping_saveTitle;
    public static String mapping_saveMessage;
    public static String mapping_saved;
    public static String mapping_loaded;
    public static String mapping_saveFailed;
    public static String mapping_nameMissing;
    public static String mapping_nothing;
    public static String preview_title;
    public static String preview_description;
    public static String preview_checking;
    public static String preview_counts;
    public static String preview_problems;
    public static String preview_row;
    public static String preview_column;
    public static String preview_field;
    public static String preview_reason;
    public static String preview_firstRows;
    public static String preview_action;
    public static String preview_new;
    public static String preview_update;
    public static String preview_mode;
    public static String preview_allOrNothing;
    public static String preview_validOnly;
    public static String preview_failed;
    public static String preview_noneValid;
    public static String preview_job;
    public static String import_job;
    public static String import_checking;
    public static String import_writing;
    public static String import_doneTitle;
    public static String import_done;
    public static String import_nothing;
    public static String import_failed;
    public static String undo_title;
    public static String undo_message;
    public static String undo_label;
    public static String undo_time;
    public static String undo_entity;
    public static String undo_created;
    public static String undo_updated;
    public static String undo_state;
    public static String undo_undone;
    public static String undo_button;
    public static String undo_confirm;
    public static String undo_loading;
    public static String undo_none;
    public static String undo_job;
    public static String undo_done;
    public static String undo_failed;
    public static String export_title;
    public static String export_message;
    public static String export_customersCsv;
    public static String export_customersXlsx;
    public static String export_contactsVcard;
    public static String export_file;
    public static String export_browse;
    public static String export_button;
    public static String export_customersName;
    public static String export_contactsName;
    public static String export_job;
    public static String export_done;
    public static String export_failed;
    public static String export_fileMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, IoUiMessages.class);
    }

    /** MessageFormat rather than NLS.bind: the messages format counts ({0,number,#}). */
    static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    private IoUiMessages() {
    }
}
