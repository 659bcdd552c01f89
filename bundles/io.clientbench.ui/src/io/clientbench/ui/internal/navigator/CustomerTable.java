package io.clientbench.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.clientbench.core.navigator.CustomerNavigator;
import io.clientbench.model.EntitySchema;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiLog;
import io.clientbench.ui.internal.UiMessages;

/**
 * A virtual SWT table over a navigator result: only the visible rows are ever filled, so 100k customers cost nothing
 * to show. Group headings are rows of their own, in bold with their count. A header click sorts; a double click or
 * Enter opens the customer.
 */
final class CustomerTable {

    interface SortListener {
        void sortBy(String field, boolean ascending);
    }

    /** What the column header's context menu does besides sorting. */
    interface HeaderActions {
        /** Starts a search restricted to the field (its "field:" word). */
        void filterBy(String field);

        void chooseColumns();
    }

    private final Table table;
    private final SortListener sorter;
    private final HeaderActions headerActions;
    private List<String> fields = List.of();
    private CustomerNavigator navigator;
    /** What each table line shows: a row of the navigator (≥ 0) or a group heading (-1 - group index). */
    private int[] lines = new int[0];
    private CustomerNavigator.Result result;

    CustomerTable(Composite parent, SortListener sorter, HeaderActions headerActions) {
        this.sorter = sorter;
        this.headerActions = headerActions;
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.MenuDetect, this::headerMenu);
    }

    /** Runs when the user changes the selection. */
    void onSelection(Runnable listener) {
        table.addListener(SWT.Selection, e -> listener.run());
    }

    /** A right-click on a column header: filter by that column, sort it, choose columns. Rows have no menu. */
    private void headerMenu(Event event) {
        Point at = table.toControl(event.x, event.y);
        if (table.getMenu() != null) {
            table.getMenu().dispose();
            table.setMenu(null);
        }
        if (at.y > table.getHeaderHeight() || fields.isEmpty()) {
            return;
        }
        int index = columnAt(at.x);
        Menu menu = new Menu(table);
        if (index >= 0) {
            TableColumn column = table.getColumn(index);
            String field = fields.get(index);
            item(menu, NLS.bind(UiMessages.navigator_filterBy, column.getText()), WidgetIds.NAVIGATOR_HEADER_FILTER, () -> headerActions.filterBy(field));
            item(menu, UiMessages.navigator_sortAscending, WidgetIds.NAVIGATOR_HEADER_SORT_UP, () -> sortAs(column, field, true));
            item(menu, UiMessages.navigator_sortDescending, WidgetIds.NAVIGATOR_HEADER_SORT_DOWN, () -> sortAs(column, field, false));
            new MenuItem(menu, SWT.SEPARATOR);
        }
        item(menu, UiMessages.navigator_columns, WidgetIds.NAVIGATOR_HEADER_COLUMNS, headerActions::chooseColumns);
        table.setMenu(menu);
    }

    /** The column under x (table coordinates), in the order the user arranged them, or -1. */
    private int columnAt(int x) {
        int left = -table.getHorizontalBar().getSelection();
        for (int index : table.getColumnOrder()) {
            int width = table.getColumn(index).getWidth();
            if (x >= left && x < left + width) {
                return index;
            }
            left += width;
        }
        return -1;
    }

    private static void item(Menu menu, String text, String id, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setData(WidgetIds.KEY, id);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void sortAs(TableColumn column, String field, boolean ascending) {
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        sorter.sortBy(field, ascending);
    }

    Control control() {
        return table;
    }

    /** The ids of the customers shown, in the order shown (group headings left out). */
    long[] shownIds() {
        return navigator == null ? new long[0] : java.util.Arrays.stream(result.rows()).mapToLong(row -> navigator.rows().id(row)).toArray();
    }

    /** The ids of the selected customers (a selected group heading selects nothing). */
    long[] selectedIds() {
        if (navigator == null) {
            return new long[0];
        }
        return java.util.Arrays.stream(table.getSelectionIndices()).filter(line -> line < lines.length && lines[line] >= 0)
                .mapToLong(line -> navigator.rows().id(lines[line])).toArray();
    }

    void setColumns(EntitySchema customer, List<String> columns) {
        table.setRedraw(false);
        try {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            fields = List.copyOf(columns);
            for (String field : fields) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(customer.field(field).map(f -> f.label().text()).orElse(field));
                column.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_COLUMN_PREFIX + field);
                column.setMoveable(true);
                column.pack();
                column.setWidth(Math.max(column.getWidth() + 16, "fullName".equals(field) ? 240 : 96));
                column.addListener(SWT.Selection, e -> sort(column, field));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void sort(TableColumn column, String field) {
        boolean ascending = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        sorter.sortBy(field, ascending);
    }

    void show(CustomerNavigator shown, CustomerNavigator.Result rows) {
        navigator = shown;
        result = rows;
        boolean grouped = rows.groups().size() > 1 || !rows.groups().get(0).label().isEmpty();
        lines = new int[rows.size() + (grouped ? rows.groups().size() : 0)];
        int line = 0;
        for (int g = 0; g < rows.groups().size(); g++) {
            CustomerNavigator.Group group = rows.groups().get(g);
            if (grouped) {
                lines[line++] = -1 - g;
            }
            for (int i = group.start(); i < group.start() + group.count(); i++) {
                lines[line++] = rows.rows()[i];
            }
        }
        table.setItemCount(lines.length);
        table.clearAll();
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int line = table.indexOf(item);
        if (navigator == null || line < 0 || line >= lines.length) {
            return;
        }
        if (lines[line] < 0) {
            CustomerNavigator.Group group = result.groups().get(-1 - lines[line]);
            String label = group.label().isEmpty() ? UiMessages.navigator_blankGroup : group.label();
            item.setText(0, NLS.bind(UiMessages.navigator_groupHeading, label, String.format("%,d", group.count())));
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            return;
        }
        int row = lines[line];
        String[] texts = new String[fields.size()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = navigator.text(row, fields.get(c));
        }
        item.setText(texts);
        item.setData(navigator.rows().id(row));
    }

    private void openSelected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= lines.length || lines[index] < 0) {
            return;
        }
        int row = lines[index];
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().openEditor(
                    new CustomerEditorInput(navigator.rows().id(row), navigator.text(row, "fullName")), CustomerEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            UiLog.error(e.getMessage(), e);
        }
    }
}
