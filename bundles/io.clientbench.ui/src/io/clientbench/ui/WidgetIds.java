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
    public static final String ABOUT_VERSION = "about.version";
    public static final String ABOUT_DATA_FOLDER = "about.dataFolder";

    private WidgetIds() {
    }
}
