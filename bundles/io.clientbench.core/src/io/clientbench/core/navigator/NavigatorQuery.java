package io.clientbench.core.navigator;

/**
 * What the navigator shows: a saved view, a search text, a sort and a grouping.
 *
 * @param search      words that must all occur in the shown columns; {@code field:value} (field by name or by its
 *                    zh/en label, e.g. {@code 区域:成都}) restricts a word to one column
 * @param view        the saved view
 * @param currentUser the owner "my customers" means
 * @param sortField   the field to sort by, or null for the store's order
 * @param ascending   the sort direction
 * @param groupField  the field to group by, or null
 */
public record NavigatorQuery(String search, SavedView view, String currentUser, String sortField, boolean ascending, String groupField) {

    public static NavigatorQuery all() {
        return new NavigatorQuery("", SavedView.ALL, null, null, true, null);
    }

    public NavigatorQuery withSearch(String text) {
        return new NavigatorQuery(text, view, currentUser, sortField, ascending, groupField);
    }

    public NavigatorQuery withView(SavedView newView) {
        return new NavigatorQuery(search, newView, currentUser, sortField, ascending, groupField);
    }

    public NavigatorQuery withSort(String field, boolean up) {
        return new NavigatorQuery(search, view, currentUser, field, up, groupField);
    }

    public NavigatorQuery withGroup(String field) {
        return new NavigatorQuery(search, view, currentUser, sortField, ascending, field);
    }

    public NavigatorQuery withUser(String user) {
        return new NavigatorQuery(search, view, user, sortField, ascending, groupField);
    }
}
