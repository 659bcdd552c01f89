package io.clientbench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.clientbench.core.navigator.ColumnChoice;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiMessages;

/**
 * Chooses the navigator's columns from every shown field of the schema (industry and branch fields too): ticked
 * fields are columns, in the list's order; Up and Down move the selected field; Defaults goes back to the defaults.
 */
final class ColumnChooserDialog extends TitleAreaDialog {

    private static final int DEFAULTS_ID = IDialogConstants.CLIENT_ID + 1;
    private final EntitySchema customer;
    private final java.util.Map<String, String> packLabels = new java.util.HashMap<>();
    private final List<FieldDescriptor> order = new ArrayList<>();
    private final List<String> current;
    private CheckboxTableViewer list;
    private ColumnChoice choice;

    ColumnChooserDialog(Shell parent, MergedSchema schema, List<String> current) {
        super(parent);
        EntitySchema customer = schema.customer();
        schema.packs().forEach(pack -> packLabels.put(pack.id(), pack.label().text()));
        this.customer = customer;
        this.current = current;
        current.forEach(name -> customer.field(name).ifPresent(order::add));
        ColumnChoice.offerable(customer).stream().filter(f -> !order.contains(f)).forEach(order::add);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.columns_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(UiMessages.columns_title);
        setMessage(UiMessages.columns_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        list = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        list.getTable().setData(WidgetIds.KEY, WidgetIds.COLUMN_CHOOSER_LIST);
        list.getTable().setHeaderVisible(true);
        list.setContentProvider(ArrayContentProvider.getInstance());
        column(UiMessages.columns_field, 220, f -> f.label().text());
        column(UiMessages.columns_origin, 140, this::origin);
        list.setInput(order);
        list.setCheckedElements(order.stream().filter(f -> current.contains(f.name())).toArray());
        list.addCheckStateListener(e -> validate());
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 320).applyTo(list.getTable());
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        move(buttons, UiMessages.columns_up, WidgetIds.COLUMN_CHOOSER_UP, -1);
        move(buttons, UiMessages.columns_down, WidgetIds.COLUMN_CHOOSER_DOWN, 1);
        return area;
    }

    private void column(String title, int width, java.util.function.Function<FieldDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(list, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FieldDescriptor) element);
            }
        });
    }

    /** Where a field comes from: the base schema, an industry pack (by its label) or the branch admin. */
    private String origin(FieldDescriptor field) {
        if (FieldDescriptor.BASE_SOURCE.equals(field.source())) {
            return UiMessages.columns_base;
        }
        if (SchemaOverlay.PACK_ID.equals(field.source())) {
            return UiMessages.columns_branch;
        }
        return packLabels.getOrDefault(field.source(), field.source());
    }

    private void move(Composite parent, String text, String id, int by) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> {
            Object selected = list.getStructuredSelection().getFirstElement();
            int from = order.indexOf(selected);
            int to = from + by;
            if (from < 0 || to < 0 || to >= order.size()) {
                return;
            }
            Object[] checked = list.getCheckedElements();
            order.add(to, order.remove(from));
            list.refresh();
            list.setCheckedElements(checked);
            list.setSelection(new StructuredSelection(selected), true);
        });
    }

    private void validate() {
        boolean any = list.getCheckedElements().length > 0;
        setErrorMessage(any ? null : UiMessages.columns_none);
        getButton(IDialogConstants.OK_ID).setEnabled(any);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, DEFAULTS_ID, UiMessages.columns_defaults, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true).setData(WidgetIds.KEY, WidgetIds.COLUMN_CHOOSER_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == DEFAULTS_ID) {
            choice = ColumnChoice.NONE;
            setReturnCode(OK);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        List<String> chosen = order.stream().filter(list::getChecked).map(FieldDescriptor::name).toList();
        choice = ColumnChoice.of(customer, chosen);
        super.okPressed();
    }

    /** The choice made (after OK or Defaults). */
    ColumnChoice choice() {
        return choice;
    }
}
