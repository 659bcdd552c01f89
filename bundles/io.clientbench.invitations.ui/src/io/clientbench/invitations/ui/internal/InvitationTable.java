package io.clientbench.invitations.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.core.navigator.ValueText;
import io.clientbench.invitations.core.Invitations;
import io.clientbench.invitations.ui.internal.ActivityData.Line;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.ui.WidgetIds;

/**
 * The invitation list with sheet 4's fields, edited in place: the post-event capture happens in this one table. A click
 * on a cell (or F2, Tab through a row) opens its editor: a list for value lists and yes/no, text for the rest. Each
 * accepted edit goes to {@link CellEdit}, which validates and saves that one field.
 */
final class InvitationTable {

    /** The editable columns, in sheet 4's order. */
    static final List<String> FIELDS = List.of(Invitations.INVITED, Invitations.METHOD, Invitations.PLANNED, Invitations.RESULT,
            Invitations.INVITED_COUNT, Invitations.ATTENDED_COUNT, Invitations.DEAL_AMOUNT, Invitations.REACTION, Invitations.STAGE,
            Invitations.REVISIT);

    /** Receives an edited cell as input text (value lists by name, yes/no as true/false, "" for empty). */
    interface CellEdit {
        void edited(Line line, FieldDescriptor field, String input);
    }

    private final TableViewer viewer;
    private final Locale locale = Locale.getDefault();
    private List<Line> lines = new ArrayList<>();

    InvitationTable(Composite parent, EntitySchema invitation, CellEdit edit) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setData(WidgetIds.KEY, WidgetIds.ACTIVITY_INVITATIONS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());

        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(invitation.field(Invitations.CUSTOMER).map(f -> f.label().text()).orElse(Invitations.CUSTOMER));
        name.getColumn().setWidth(200);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> ((Line) element).customer()));
        for (String fieldName : FIELDS) {
            FieldDescriptor field = invitation.field(fieldName).orElseThrow();
            boolean number = field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.DECIMAL;
            TableViewerColumn column = new TableViewerColumn(viewer, number ? SWT.RIGHT : SWT.LEFT);
            column.getColumn().setText(field.label().text());
            column.getColumn().setData(WidgetIds.KEY, WidgetIds.ACTIVITY_INVITATIONS + "." + fieldName);
            column.getColumn().pack();
            column.getColumn().setWidth(Math.max(column.getColumn().getWidth() + 12, field.kind() == FieldKind.TEXT ? 140 : 80));
            column.setLabelProvider(ColumnLabelProvider.createTextProvider(
                    element -> ValueText.of(field, ((Line) element).invitation().values().get(fieldName), locale)));
            column.setEditingSupport(new FieldEditing(field, edit));
        }

        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        };
        activation.setEnableEditorActivationWithKeyboard(true); // F2 on the focused cell
        TableViewerEditor.create(viewer, new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)), activation,
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }

    Table control() {
        return viewer.getTable();
    }

    void show(List<Line> newLines) {
        lines = new ArrayList<>(newLines);
        viewer.setInput(lines);
    }

    /** Shows one changed line again, in place (the selection and the focus cell stay). */
    void update(Line line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).invitation().id() == line.invitation().id()) {
                lines.set(i, line);
                viewer.replace(line, i);
            }
        }
    }

    List<Line> selected() {
        return ((IStructuredSelection) viewer.getStructuredSelection()).stream().map(Line.class::cast).toList();
    }

    /** Opens the editor of a line's cell, as a click on it does. */
    void edit(int row, String field) {
        viewer.editElement(viewer.getElementAt(row), 1 + FIELDS.indexOf(field));
    }

    /** One field's cell editor and its conversion to and from the validator's input text. */
    private final class FieldEditing extends EditingSupport {
        private final FieldDescriptor field;
        private final CellEdit edit;
        /** For a list editor: the input text of each entry ("" first: clears the cell). */
        private final String[] inputs;
        private final CellEditor editor;

        FieldEditing(FieldDescriptor field, CellEdit edit) {
            super(viewer);
            this.field = field;
            this.edit = edit;
            List<String> names = new ArrayList<>(List.of(""));
            List<String> labels = new ArrayList<>(List.of(""));
            if (field.kind() == FieldKind.BOOLEAN) {
                names.addAll(List.of("true", "false"));
                labels.addAll(List.of(ValueText.yesNo(true, locale), ValueText.yesNo(false, locale)));
            } else {
                for (EnumLiteral literal : field.literals()) {
                    if (!literal.hidden()) {
                        names.add(literal.name());
                        labels.add(literal.label().text(locale));
                    }
                }
            }
            boolean list = names.size() > 1;
            inputs = list ? names.toArray(String[]::new) : null;
            editor = list ? new ComboBoxCellEditor(viewer.getTable(), labels.toArray(String[]::new), SWT.READ_ONLY)
                    : new TextCellEditor(viewer.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            String input = RecordDraft.inputOf(field, ((Line) element).invitation().values().get(field.name()));
            if (inputs == null) {
                return input;
            }
            int index = List.of(inputs).indexOf(input);
            return Math.max(0, index);
        }

        @Override
        protected void setValue(Object element, Object value) {
            String input = inputs == null ? (String) value : inputs[Math.max(0, (Integer) value)];
            if (!input.equals(getValue(element) instanceof Integer i ? inputs[i] : getValue(element))) {
                edit.edited((Line) element, field, input);
            }
        }
    }
}
