package io.clientbench.ui.schema.internal;

import org.eclipse.osgi.util.NLS;

/** The schema editor's localized strings (messages.properties, messages_zh.properties). */
final class SchemaMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.schema.internal.messages";

    public static String action_addField;
    public static String action_addValue;
    public static String action_apply;
    public static String action_export;
    public static String action_hide;
    public static String action_import;
    public static String action_relabel;
    public static String action_rename;
    public static String action_revert;
    public static String action_undo;
    public static String addField_message;
    public static String addField_title;
    public static String addValue_message;
    public static String addValue_title;
    public static String apply_job;
    public static String column_en;
    public static String column_group;
    public static String column_kind;
    public static String column_name;
    public static String column_origin;
    public static String column_state;
    public static String column_zh;
    public static String editor_heading;
    public static String editor_title;
    public static String editor_tooltip;
    public static String entity_label;
    public static String field_group;
    public static String field_kind;
    public static String field_name;
    public static String field_nameHint;
    public static String field_required;
    public static String field_masking;
    public static String field_maskingHint;
    public static String masking_none;
    public static String masking_name;
    public static String masking_phone;
    public static String masking_contact;
    public static String masking_address;
    public static String field_values;
    public static String field_valuesHint;
    public static String fields_heading;
    public static String file_failed;
    public static String hide_message;
    public static String hide_title;
    public static String label_en;
    public static String label_zh;
    public static String origin_base;
    public static String origin_branch;
    public static String pending_heading;
    public static String plan_applied;
    public static String plan_applying;
    public static String plan_checking;
    public static String plan_columns;
    public static String plan_noColumns;
    public static String plan_nothing;
    public static String preview_title;
    public static String relabel_message;
    public static String relabel_title;
    public static String rename_message;
    public static String rename_title;
    public static String state_hidden;
    public static String state_pending;
    public static String state_renamed;
    public static String values_heading;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SchemaMessages.class);
    }

    private SchemaMessages() {
    }
}
