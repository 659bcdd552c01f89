package io.clientbench.ui.schema.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import io.clientbench.core.schema.SchemaEdit;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaPack;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * The schema editor's two lists: an entity's fields (labels, name, kind, group, where the field comes from and what
 * is pending) and the values of the chosen value-list field. Hidden fields and values are greyed, pending ones blue.
 */
final class FieldTables {

    private final TableViewer fields;
    private final TableViewer values;
    private MergedSchema preview;
    private MergedSchema current;
    private String entity;

    FieldTables(Composite fieldsParent, Composite valuesParent) {
        fields = new TableViewer(fieldsParent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        fields.getTable().setData(WidgetIds.KEY, WidgetIds.SCHEMA_FIELDS);
        fields.setContentProvider(ArrayContentProvider.getInstance());
        // what an admin looks for first (labels, kind, state) leads; the name and where it comes from follow
        column(fields, SchemaMessages.column_zh, 120, f -> ((FieldDescriptor) f).label().zh());
        column(fields, SchemaMessages.column_en, 150, f -> ((FieldDescriptor) f).label().en());
        column(fields, SchemaMessages.column_kind, 80, f -> SchemaEdit.kindLabel(((FieldDescriptor) f).kind()).text());
        column(fields, SchemaMessages.column_state, 90, f -> state((FieldDescriptor) f));
        column(fields, SchemaMessages.column_name, 130, f -> ((FieldDescriptor) f).name());
        column(fields, SchemaMessages.column_group, 100, f -> RecordForm.groupLabel(((FieldDescriptor) f).group()));
        column(fields, SchemaMessages.column_origin, 100, f -> origin((FieldDescriptor) f));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 100).applyTo(fields.getTable());

        values = new TableViewer(valuesParent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        values.getTable().setData(WidgetIds.KEY, WidgetIds.SCHEMA_VALUES);
        values.setContentProvider(ArrayContentProvider.getInstance());
        column(values, SchemaMessages.column_zh, 140, v -> ((EnumLiteral) v).label().zh());
        column(values, SchemaMessages.column_en, 160, v -> ((EnumLiteral) v).label().en());
        column(values, SchemaMessages.column_name, 140, v -> ((EnumLiteral) v).name());
        column(values, SchemaMessages.column_state, 120, v -> ((EnumLiteral) v).hidden() ? SchemaMessages.state_hidden : "");
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(values.getTable());
        fields.addSelectionChangedListener(e -> showValues());
    }

    private void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                boolean hidden = element instanceof FieldDescriptor f ? f.hidden() : ((EnumLiteral) element).hidden();
                if (hidden) {
                    return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }
                return element instanceof FieldDescriptor f && isPending(f)
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE) : null;
            }
        });
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
    }

    TableViewer fieldViewer() {
        return fields;
    }

    TableViewer valueViewer() {
        return values;
    }

    /** Shows the entity's fields of the pending schema, keeping the chosen field when it is still there. */
    void show(MergedSchema previewSchema, MergedSchema currentSchema, String entityName) {
        preview = previewSchema;
        current = currentSchema;
        entity = entityName;
        String chosen = selectedField().map(FieldDescriptor::column).orElse(null);
        EntitySchema shown = preview.entity(entity).orElseThrow();
        fields.setInput(shown.fields().stream().filter(f -> f.kind().isValue()).toList());
        if (chosen != null) {
            select(f -> f.column().equals(chosen));
        }
        showValues();
    }

    void select(java.util.function.Predicate<FieldDescriptor> which) {
        @SuppressWarnings("unchecked")
        List<FieldDescriptor> shown = (List<FieldDescriptor>) fields.getInput();
        shown.stream().filter(which).findFirst().ifPresent(f -> {
            fields.setSelection(new org.eclipse.jface.viewers.StructuredSelection(f), true);
            showValues();
        });
    }

    Optional<FieldDescriptor> selectedField() {
        return Optional.ofNullable((FieldDescriptor) fields.getStructuredSelection().getFirstElement());
    }

    Optional<EnumLiteral> selectedValue() {
        IStructuredSelection selection = values.getStructuredSelection();
        return Optional.ofNullable((EnumLiteral) selection.getFirstElement());
    }

    private void showValues() {
        values.setInput(selectedField().map(FieldDescriptor::literals).orElse(List.of()));
    }

    private String origin(FieldDescriptor field) {
        if (FieldDescriptor.BASE_SOURCE.equals(field.source())) {
            return SchemaMessages.origin_base;
        }
        if (SchemaOverlay.PACK_ID.equals(field.source())) {
            return SchemaMessages.origin_branch;
        }
        return preview.packs().stream().filter(p -> p.id().equals(field.source())).map(SchemaPack::label)
                .map(l -> l.text()).findFirst().orElse(field.source());
    }

    private String state(FieldDescriptor field) {
        List<String> states = new ArrayList<>();
        if (isPending(field)) {
            states.add(SchemaMessages.state_pending);
        }
        if (field.hidden()) {
            states.add(SchemaMessages.state_hidden);
        }
        if (!field.name().equals(field.column())) {
            states.add(NLS.bind(SchemaMessages.state_renamed, field.column()));
        }
        return String.join(" · ", states);
    }

    /** Whether the pending edits change this field: new, or its label, name, visibility or values differ. */
    private boolean isPending(FieldDescriptor field) {
        Optional<FieldDescriptor> before = current.entity(entity).flatMap(e -> e.fields().stream()
                .filter(f -> f.column().equals(field.column())).findFirst());
        return before.isEmpty() || !before.get().label().equals(field.label()) || !before.get().name().equals(field.name())
                || before.get().hidden() != field.hidden() || !before.get().literals().equals(field.literals());
    }

    /** The entities an admin adapts, the customer's own first. */
    static List<EntitySchema> entities(MergedSchema schema) {
        List<String> first = List.of("Customer", "Contact", "Deal", "FollowUp", "Need", "Visit", "Activity", "Invitation");
        return schema.entities().values().stream()
                .filter(e -> e.fields().stream().anyMatch(f -> f.kind().isValue()) && !"PendingField".equals(e.name()))
                .sorted(Comparator.comparingInt((EntitySchema e) -> first.contains(e.name()) ? first.indexOf(e.name()) : first.size())
                        .thenComparing(EntitySchema::name))
                .toList();
    }
}
