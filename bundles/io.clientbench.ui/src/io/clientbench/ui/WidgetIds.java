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
    /** Followed by the field name. */
    public static final String NAVIGATOR_COLUMN_PREFIX = "navigator.column.";
    /** Followed by the field name: the customer editor's widget for that field. */
    public static final String EDITOR_FIELD_PREFIX = "editor.field.";
    public static final String CONFLICT_KEEP_MINE = "conflict.keepMine";
    public static final String CONFLICT_TAKE_THEIRS = "conflict.takeTheirs";
    public static final String CONFLICT_TABLE = "conflict.table";
    public static final String ABOUT_VERSION = "about.version";
    public static final String ABOUT_DATA_FOLDER = "about.dataFolder";

    private WidgetIds() {
    }
}
