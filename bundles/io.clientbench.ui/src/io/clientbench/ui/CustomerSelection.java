package io.clientbench.ui;

import java.util.Arrays;

/**
 * What the customer navigator shows and which of it is selected, with the filter that produced it. The navigator
 * puts it in its workbench window's context (key: this class), so other views act on it: inviting the navigator's
 * selection, or everything its filter shows, to an activity.
 */
public final class CustomerSelection {

    private final String filter;
    private final long[] shown;
    private final long[] selected;

    /**
     * @param filter   the navigator's search words (a saved filter, as an activity's target segment keeps it)
     * @param shown    the ids of the customers the filter shows
     * @param selected the ids of the selected customers (a subset of shown)
     */
    public CustomerSelection(String filter, long[] shown, long[] selected) {
        this.filter = filter == null ? "" : filter.strip();
        this.shown = shown.clone();
        this.selected = selected.clone();
    }

    public String filter() {
        return filter;
    }

    public long[] shown() {
        return shown.clone();
    }

    public long[] selected() {
        return selected.clone();
    }

    public CustomerSelection withSelected(long[] ids) {
        return new CustomerSelection(filter, shown, ids);
    }

    @Override
    public String toString() {
        return "CustomerSelection[filter=" + filter + ", shown=" + shown.length + ", selected=" + Arrays.toString(selected) + "]";
    }
}
