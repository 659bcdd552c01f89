package io.clientbench.ui;

/**
 * Stable identifiers set with {@code widget.setData(KEY, id)} on the widgets that tests and accessibility tools find.
 * Never find a widget by its position or its (translated) text.
 */
public final class WidgetIds {

    /** The data key under which every identified widget carries its id. */
    public static final String KEY = "io.clientbench.widgetId";

    public static final String NAVIGATOR_SEARCH = "navigator.search";
    public static final String NAVIGATOR_VIEWS = "navigator.views";
    public static final String NAVIGATOR_STATUS = "navigator.status";
    public static final String NAVIGATOR_GROUPING = "navigator.grouping";
    public static final String NAVIGATOR_TABLE = "navigator.table";
    public static final String NAVIGATOR_COLUMNS = "navigator.columns";
    /** Items of the navigator's column-header menu. */
    public static final String NAVIGATOR_HEADER_FILTER = "navigator.header.filter";
    public static final String NAVIGATOR_HEADER_SORT_UP = "navigator.header.sortUp";
    public static final String NAVIGATOR_HEADER_SORT_DOWN = "navigator.header.sortDown";
    public static final String NAVIGATOR_HEADER_COLUMNS = "navigator.header.columns";
    public static final String COLUMN_CHOOSER_LIST = "columnChooser.list";
    public static final String COLUMN_CHOOSER_UP = "columnChooser.up";
    public static final String COLUMN_CHOOSER_OK = "columnChooser.ok";
    public static final String COLUMN_CHOOSER_DOWN = "columnChooser.down";
    /** Followed by the field name. */
    public static final String NAVIGATOR_COLUMN_PREFIX = "navigator.column.";
    /** Followed by the field name: the customer editor's widget for that field. */
    public static final String EDITOR_FIELD_PREFIX = "editor.field.";
    /** Followed by the field name: the calendar button beside a date field. */
    public static final String EDITOR_DATE_PREFIX = "editor.date.";
    /** The calendar a date button opens. */
    public static final String EDITOR_DATE_CALENDAR = "editor.date.calendar";
    /** Followed by the field name: the values button beside a multiple-values field; then "." and a value's name: its box. */
    public static final String EDITOR_VALUES_PREFIX = "editor.values.";
    public static final String EDITOR_VALUES_OK = "editor.values.ok";
    public static final String CONFLICT_KEEP_MINE = "conflict.keepMine";
    public static final String CONFLICT_TAKE_THEIRS = "conflict.takeTheirs";
    public static final String CONFLICT_TABLE = "conflict.table";
    /** Followed by the child entity's name (Contact, Deal, FollowUp, Need): the customer editor's page of those records. */
    public static final String CHILDREN_TABLE_PREFIX = "editor.children.table.";
    public static final String CHILDREN_ADD_PREFIX = "editor.children.add.";
    public static final String CHILDREN_EDIT_PREFIX = "editor.children.edit.";
    /** The hint a child-records page shows for a customer not saved yet. */
    public static final String CHILDREN_SAVE_FIRST_PREFIX = "editor.children.saveFirst.";
    /** The child-record dialog's save button. */
    public static final String CHILD_DIALOG_SAVE = "childDialog.save";
    /** The child-record dialog's line of what the values amount to (a need's ICE score and priority). */
    public static final String CHILD_DIALOG_PREVIEW = "childDialog.preview";
    public static final String WORKLIST_FOLLOW_UPS_TABLE = "worklists.followUps.table";
    public static final String WORKLIST_FOLLOW_UPS_STATUS = "worklists.followUps.status";
    public static final String WORKLIST_POOL_TABLE = "worklists.pool.table";
    public static final String WORKLIST_POOL_STATUS = "worklists.pool.status";
    public static final String ABOUT_VERSION = "about.version";
    public static final String ABOUT_DATA_FOLDER = "about.dataFolder";
    public static final String PREFERENCES_ICE_HIGH = "preferences.iceHigh";
    public static final String PREFERENCES_ICE_MEDIUM = "preferences.iceMedium";
    public static final String PREFERENCES_USER_NAME = "preferences.userName";

    /** The schema editor. */
    public static final String SCHEMA_ENTITY = "schema.entity";
    public static final String SCHEMA_FIELDS = "schema.fields";
    public static final String SCHEMA_VALUES = "schema.values";
    public static final String SCHEMA_PENDING = "schema.pending";
    public static final String SCHEMA_PLAN = "schema.plan";
    public static final String SCHEMA_PREVIEW = "schema.preview";
    public static final String SCHEMA_ADD_FIELD = "schema.addField";
    public static final String SCHEMA_RELABEL_FIELD = "schema.relabelField";
    public static final String SCHEMA_RENAME_FIELD = "schema.renameField";
    public static final String SCHEMA_HIDE_FIELD = "schema.hideField";
    public static final String SCHEMA_ADD_VALUE = "schema.addValue";
    public static final String SCHEMA_RELABEL_VALUE = "schema.relabelValue";
    public static final String SCHEMA_HIDE_VALUE = "schema.hideValue";
    public static final String SCHEMA_APPLY = "schema.apply";
    public static final String SCHEMA_UNDO = "schema.undo";
    public static final String SCHEMA_REVERT = "schema.revert";
    public static final String SCHEMA_EXPORT = "schema.export";
    public static final String SCHEMA_IMPORT = "schema.import";
    /** The schema editor's dialogs. */
    public static final String SCHEMA_DIALOG_ZH = "schema.dialog.zh";
    public static final String SCHEMA_DIALOG_EN = "schema.dialog.en";
    public static final String SCHEMA_DIALOG_NAME = "schema.dialog.name";
    public static final String SCHEMA_DIALOG_KIND = "schema.dialog.kind";
    public static final String SCHEMA_DIALOG_GROUP = "schema.dialog.group";
    public static final String SCHEMA_DIALOG_REQUIRED = "schema.dialog.required";
    public static final String SCHEMA_DIALOG_MASKING = "schema.dialog.masking";
    public static final String SCHEMA_DIALOG_VALUES = "schema.dialog.values";

    /** The visit plan view. */
    public static final String VISITS_TABLE = "visits.table";
    public static final String VISITS_STATUS = "visits.status";
    public static final String VISITS_MONTH = "visits.month";
    public static final String VISITS_PREVIOUS = "visits.previous";
    public static final String VISITS_NEXT = "visits.next";
    public static final String VISITS_OWNER = "visits.owner";
    public static final String VISITS_RECORD = "visits.record";
    public static final String VISITS_EXPORT_XLSX = "visits.exportXlsx";
    public static final String VISITS_EXPORT_ICS = "visits.exportIcs";
    /** The record-a-visit dialog's form uses the editor's field ids; its OK button: */
    public static final String VISITS_DIALOG_OK = "visits.dialog.ok";
    public static final String VISITS_CADENCE_TABLE = "visits.cadenceTable";
    public static final String VISITS_CADENCE_ADD = "visits.cadenceAdd";
    /** The add-rule dialog: name, grade field and value, or tag; its numbers; OK. */
    public static final String RULE_NAME = "rule.name";
    public static final String RULE_FIELD = "rule.field";
    public static final String RULE_VALUE = "rule.value";
    public static final String RULE_BY_TAG = "rule.byTag";
    public static final String RULE_TAG = "rule.tag";
    public static final String RULE_PERIOD = "rule.period";
    public static final String RULE_ON_SITE = "rule.onSite";
    public static final String RULE_CONTACTS = "rule.contacts";
    public static final String RULE_OK = "rule.ok";

    public static final String ACTIVITIES_TABLE = "activities.table";
    public static final String ACTIVITIES_NEW = "activities.new";
    public static final String ACTIVITIES_OPEN = "activities.open";
    public static final String ACTIVITIES_STATUS = "activities.status";
    public static final String ACTIVITY_DIALOG_OK = "activity.dialogOk";
    public static final String ACTIVITY_INVITE = "activity.invite";
    public static final String ACTIVITY_REMOVE = "activity.remove";
    public static final String ACTIVITY_INVITATIONS = "activity.invitations";
    public static final String ACTIVITY_FUNNEL_CHART = "activity.funnelChart";
    public static final String ACTIVITY_FIT_RATE = "activity.fitRate";
    public static final String ACTIVITY_FUNNEL_FIGURES = "activity.funnelFigures";
    /** The invite dialog's choices: the navigator's selection, everything its filter shows, the target segment. */
    public static final String INVITE_SELECTED = "invite.selected";
    public static final String INVITE_SHOWN = "invite.shown";
    public static final String INVITE_SEGMENT = "invite.segment";
    public static final String INVITE_MARK_INVITED = "invite.markInvited";
    public static final String INVITE_OK = "invite.ok";

    /** The import wizard: its buttons, the file page, the mapping page and the check page. */
    public static final String IMPORT_BACK = "import.back";
    public static final String IMPORT_NEXT = "import.next";
    public static final String IMPORT_FINISH = "import.finish";
    public static final String IMPORT_FILE = "import.file";
    public static final String IMPORT_BROWSE = "import.browse";
    public static final String IMPORT_CUSTOMERS = "import.customers";
    public static final String IMPORT_CONTACTS = "import.contacts";
    public static final String IMPORT_DEALS = "import.deals";
    public static final String IMPORT_DETECTED = "import.detected";
    public static final String IMPORT_MAPPING = "import.mapping";
    public static final String IMPORT_KEY = "import.key";
    public static final String IMPORT_PROFILE = "import.profile";
    public static final String IMPORT_PROFILE_LOAD = "import.profileLoad";
    public static final String IMPORT_PROFILE_SAVE = "import.profileSave";
    public static final String IMPORT_COUNTS = "import.counts";
    public static final String IMPORT_PROBLEMS = "import.problems";
    public static final String IMPORT_PREVIEW = "import.preview";
    public static final String IMPORT_ALL_OR_NOTHING = "import.allOrNothing";
    public static final String IMPORT_VALID_ONLY = "import.validOnly";
    /** File &gt; Undo Import: the imports and the undo button. */
    public static final String UNDO_IMPORT_TABLE = "undoImport.table";
    public static final String UNDO_IMPORT_OK = "undoImport.ok";
    /** File &gt; Export: what to export, the file, OK. */
    public static final String EXPORT_CUSTOMERS_CSV = "export.customersCsv";
    public static final String EXPORT_CUSTOMERS_XLSX = "export.customersXlsx";
    public static final String EXPORT_CONTACTS_VCARD = "export.contactsVcard";
    public static final String EXPORT_FILE = "export.file";
    public static final String EXPORT_OK = "export.ok";
    /** The Analyses view and the analysis editor; per-item ids end with the parameter, series or table id. */
    public static final String ANALYSES_TABLE = "analyses.table";
    public static final String ANALYSES_OPEN = "analyses.open";
    public static final String ANALYSES_STATUS = "analyses.status";
    public static final String ANALYSES_DETAILS = "analyses.details";
    public static final String ANALYSIS_PARAMETER_PREFIX = "analysis.parameter.";
    public static final String ANALYSIS_RUN = "analysis.run";
    public static final String ANALYSIS_DEFAULTS = "analysis.defaults";
    public static final String ANALYSIS_STATUS = "analysis.status";
    public static final String ANALYSIS_CONCLUSION = "analysis.conclusion";
    public static final String ANALYSIS_CHART_PREFIX = "analysis.chart.";
    public static final String ANALYSIS_EXPORT_PNG_PREFIX = "analysis.exportPng.";
    public static final String ANALYSIS_EXPORT_SVG_PREFIX = "analysis.exportSvg.";
    public static final String ANALYSIS_TABLE_PREFIX = "analysis.table.";
    public static final String ANALYSIS_EXPORT_XLSX = "analysis.exportXlsx";
    public static final String ANALYSIS_WRITE_BACK = "analysis.writeBack";
    // Data Quality view and merge wizard (io.clientbench.quality.ui)
    public static final String QUALITY_SCAN = "quality.scan";
    public static final String QUALITY_STATUS = "quality.status";
    public static final String QUALITY_GROUPS = "quality.groups";
    public static final String QUALITY_MERGE = "quality.merge";
    public static final String QUALITY_FINDINGS = "quality.findings";
    public static final String QUALITY_COUNTS = "quality.counts";
    public static final String MERGE_FIELD_PREFIX = "merge.field.";
    public static final String MERGE_RECENT = "merge.recent";
    public static final String MERGE_COMPLETE = "merge.complete";
    public static final String MERGE_SUMMARY = "merge.summary";
    public static final String MERGE_NEXT = "merge.next";
    public static final String MERGE_FINISH = "merge.finish";
    public static final String QUALITY_HISTORY = "quality.history";
    public static final String MERGE_HISTORY_TABLE = "mergeHistory.table";
    public static final String MERGE_HISTORY_UNDO = "mergeHistory.undo";
    /** A customer-editor field's context menu item: prefix + state (TO_BE_CONFIRMED, TO_BE_COMPLETED, CLEAR) + "." + field. */
    public static final String EDITOR_MARK_PREFIX = "editor.mark.";
    /**
     * A file path (String) set under this key on an export button is written without the file dialog: GTK's native
     * file chooser takes no synthetic input, so UI tests name the file this way and still press the real button.
     */
    public static final String EXPORT_PATH_KEY = "io.clientbench.exportFile";

    // audit log view, database encryption and the start-up password prompt (io.clientbench.audit.ui, io.clientbench.ui)
    public static final String AUDIT_TABLE = "audit.table";
    public static final String AUDIT_STATUS = "audit.status";
    public static final String AUDIT_FILTER_USER = "audit.filter.user";
    public static final String AUDIT_FILTER_ENTITY = "audit.filter.entity";
    public static final String AUDIT_FILTER_RECORD = "audit.filter.record";
    public static final String AUDIT_FILTER_FROM = "audit.filter.from";
    public static final String AUDIT_FILTER_TO = "audit.filter.to";
    public static final String AUDIT_FILTER_TEXT = "audit.filter.text";
    public static final String AUDIT_FILTER_APPLY = "audit.filter.apply";
    public static final String ENCRYPT_PASSWORD = "encrypt.password";
    public static final String ENCRYPT_REPEAT = "encrypt.repeat";
    public static final String PASSWORD_PROMPT = "startup.password";
    // Privacy (io.clientbench.privacy.ui): the role in the status line, Switch Role and Roles and Passwords dialogs
    public static final String ROLE_STATUS = "privacy.role.status";
    public static final String ROLE_SWITCH_ROLE = "privacy.switch.role";
    public static final String ROLE_SWITCH_USER = "privacy.switch.user";
    public static final String ROLE_SWITCH_PASSWORD = "privacy.switch.password";
    public static final String ROLE_ADMIN_TABLE = "privacy.admin.table";
    public static final String ROLE_ADMIN_PASSWORD = "privacy.admin.password";
    public static final String ROLE_ADMIN_CONFIRM = "privacy.admin.confirm";
    public static final String ROLE_ADMIN_SET = "privacy.admin.set";
    public static final String ROLE_ADMIN_REMOVE = "privacy.admin.remove";

    private WidgetIds() {
    }
}
