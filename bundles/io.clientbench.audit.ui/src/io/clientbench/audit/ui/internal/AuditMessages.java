package io.clientbench.audit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The audit log view's and the encryption dialog's localized strings. */
final class AuditMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.audit.ui.internal.messages";

    public static String column_time;
    public static String column_user;
    public static String column_action;
    public static String column_entity;
    public static String column_record;
    public static String column_field;
    public static String column_old;
    public static String column_new;
    public static String filter_user;
    public static String filter_entity;
    public static String filter_allEntities;
    public static String filter_record;
    public static String filter_from;
    public static String filter_to;
    public static String filter_text;
    public static String filter_apply;
    public static String filter_badDate;
    public static String filter_badRecord;
    public static String status;
    public static String loading;
    public static String loadFailed;
    public static String importBatch;
    public static String action_CREATE;
    public static String action_CREATE_ALL;
    public static String action_UPDATE;
    public static String action_DELETE;
    public static String action_IMPORT;
    public static String action_UNDO_IMPORT;
    public static String action_MIGRATE;
    public static String action_PURGE;
    public static String action_ENCRYPT;
    public static String action_UNDO_MERGE;
    public static String action_ROLE_PASSWORD;
    public static String encrypt_title;
    public static String encrypt_message;
    public static String encrypt_password;
    public static String encrypt_repeat;
    public static String encrypt_warning;
    public static String encrypt_understood;
    public static String encrypt_ok;
    public static String encrypt_already;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AuditMessages.class);
    }

    private AuditMessages() {
    }

    static String action(io.clientbench.store.AuditEntry.Action action) {
        return switch (action) {
            case CREATE -> action_CREATE;
            case CREATE_ALL -> action_CREATE_ALL;
            case UPDATE -> action_UPDATE;
            case DELETE -> action_DELETE;
            case IMPORT -> action_IMPORT;
            case UNDO_IMPORT -> action_UNDO_IMPORT;
            case MIGRATE -> action_MIGRATE;
            case PURGE -> action_PURGE;
            case ENCRYPT -> action_ENCRYPT;
            case UNDO_MERGE -> action_UNDO_MERGE;
            case ROLE_PASSWORD -> action_ROLE_PASSWORD;
        };
    }
}
