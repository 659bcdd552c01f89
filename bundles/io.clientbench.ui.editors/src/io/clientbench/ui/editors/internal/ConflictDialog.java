package io.clientbench.ui.editors.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.clientbench.ui.WidgetIds;

/**
 * Shown when a save meets a newer version of the customer: the fields that differ side by side, and the choice to keep
 * one's own values (saved over the newer version) or take the saved ones (the form reloads them).
 */
final class ConflictDialog extends Dialog {

    static final int KEEP_MINE = 100;
    static final int TAKE_THEIRS = 101;

    /** One differing field: its label, this editor's value, the stored value (as shown). */
    record Difference(String field, String mine, String theirs) {
    }

    private final String customer;
    private final List<Difference> differences;

    ConflictDialog(Shell shell, String customer, List<Difference> differences) {
        super(shell);
        this.customer = customer;
        this.differences = differences;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(EditorMessages.conflict_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText(NLS.bind(EditorMessages.conflict_message, customer));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(message);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(WidgetIds.KEY, WidgetIds.CONFLICT_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of(EditorMessages.conflict_field, EditorMessages.conflict_mine, EditorMessages.conflict_theirs)) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        for (Difference difference : differences) {
            new TableItem(table, SWT.NONE).setText(new String[] { difference.field(), difference.mine(), difference.theirs() });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.max(column.getWidth() + 12, 150));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, KEEP_MINE, EditorMessages.conflict_keepMine, true).setData(WidgetIds.KEY, WidgetIds.CONFLICT_KEEP_MINE);
        createButton(parent, TAKE_THEIRS, EditorMessages.conflict_takeTheirs, false).setData(WidgetIds.KEY, WidgetIds.CONFLICT_TAKE_THEIRS);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        setReturnCode(buttonId);
        close();
    }
}
