package io.clientbench.ui.editors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.core.forms.RecordDraft;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.ui.WidgetIds;

/**
 * One field's label and input, chosen by the field's kind: a value list is a combo of its localized labels, yes/no a
 * three-way combo (unknown stays distinguishable from no), text and numbers a text field with the schema's hint, a
 * multi-value list a text of names. Every input writes to the draft and reports the change.
 */
public final class FieldWidget {

    private final FieldDescriptor field;
    private final RecordDraft draft;
    private final Control control;
    private final List<String> comboValues = new ArrayList<>();
    private boolean showing = true;

    public FieldWidget(Composite parent, FormToolkit toolkit, FieldDescriptor field, RecordDraft draft, Runnable changed) {
        this.field = field;
        this.draft = draft;
        Label label = toolkit.createLabel(parent, field.label().text() + (field.required() ? " *" : ""));
        label.setToolTipText(field.name());
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, field.kind() == FieldKind.LONG_TEXT ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
        boolean picker = field.kind() == FieldKind.DATE || field.kind() == FieldKind.MULTI_ENUM;
        Composite host = picker ? toolkit.createComposite(parent) : parent; // the text shares its cell with a picker button
        if (picker) {
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(host);
        }
        control = switch (field.kind()) {
            case ENUM, BOOLEAN -> combo(host, toolkit);
            default -> text(host, toolkit);
        };
        control.setData(WidgetIds.KEY, WidgetIds.EDITOR_FIELD_PREFIX + field.name());
        control.setToolTipText(EditorMessages.hint(field));
        GridDataFactory.fillDefaults().grab(true, false).hint(field.kind() == FieldKind.LONG_TEXT ? 200 : 120,
                field.kind() == FieldKind.LONG_TEXT ? 60 : SWT.DEFAULT).applyTo(control);
        if (picker) {
            if (field.kind() == FieldKind.DATE) {
                DatePopup.attach(host, toolkit, (Text) control, field.name());
            } else {
                ValuesPopup.attach(host, toolkit, (Text) control, field);
            }
            GridDataFactory.fillDefaults().grab(true, false).applyTo(host);
        }
        showDraftValue();
        if (control instanceof Text text) {
            text.addModifyListener(e -> edited(text.getText(), changed));
        } else if (control instanceof Combo combo) {
            combo.addListener(SWT.Selection, e -> edited(comboValues.get(Math.max(0, combo.getSelectionIndex())), changed));
        }
        showing = false;
    }

    private Control text(Composite parent, FormToolkit toolkit) {
        int style = field.kind() == FieldKind.LONG_TEXT ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        Text text = toolkit.createText(parent, "", style);
        String hint = switch (field.kind()) {
            case DATE -> "yyyy-mm-dd";
            case DATE_TIME -> "yyyy-mm-dd hh:mm";
            case MULTI_ENUM -> String.join(", ", field.literals().stream().filter(l -> !l.hidden()).map(l -> l.label().text()).toList());
            default -> "";
        };
        text.setMessage(hint);
        if (field.maxLength() > 0) {
            text.setTextLimit(field.maxLength() + 1); // one more, so an over-long paste is reported, not silently cut
        }
        return text;
    }

    private Control combo(Composite parent, FormToolkit toolkit) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        comboValues.add("");
        combo.add("");
        if (field.kind() == FieldKind.BOOLEAN) {
            comboValues.addAll(List.of("true", "false"));
            combo.add(EditorMessages.yes);
            combo.add(EditorMessages.no);
        } else {
            String current = draft.input(field.name());
            for (EnumLiteral literal : field.literals()) {
                if (literal.hidden() && !literal.name().equals(current)) {
                    continue; // a hidden value is not offered, but a record that holds it still shows it
                }
                comboValues.add(literal.name());
                combo.add(literal.label().text());
            }
        }
        combo.setVisibleItemCount(Math.min(20, comboValues.size()));
        return combo;
    }

    private void edited(String value, Runnable changed) {
        if (showing) {
            return; // the draft changed (undo, redo) and the widget follows: not an edit
        }
        draft.set(field.name(), value);
        changed.run();
    }

    /** Shows the draft's text (before the listeners are added, so showing it is not an edit). */
    private void showDraftValue() {
        String value = draft.input(field.name());
        if (control instanceof Text text) {
            text.setText(field.kind() == FieldKind.MULTI_ENUM ? labels(value) : value);
        } else if (control instanceof Combo combo) {
            combo.select(Math.max(0, comboValues.indexOf(value)));
        }
    }

    private String labels(String names) {
        if (names.isEmpty()) {
            return "";
        }
        return String.join(", ", Arrays.stream(names.split(",")).map(name -> field.literals().stream()
                .filter(l -> l.name().equals(name)).map(l -> l.label().text()).findFirst().orElse(name)).toList());
    }

    /** Shows the draft's current text again (after an undo or redo), without reporting an edit. */
    public void refresh() {
        showing = true;
        try {
            showDraftValue();
        } finally {
            showing = false;
        }
    }

    public FieldDescriptor field() {
        return field;
    }

    public Control control() {
        return control;
    }
}
