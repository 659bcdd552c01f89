package io.clientbench.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
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

    private final Table table;
    private final SortListener sorter;
    private List<String> fields = List.of();
    private CustomerNavigator navigator;
    /** What each table line shows: a row of the navigator (≥ 0) or a group heading (-1 - group index). */
    private int[] lines = new int[0];
    private CustomerNavigator.Result result;

    CustomerTable(Composite parent, SortListener sorter) {
        this.sorter = sorter;
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
    }

    Control control() {
        return table;
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
