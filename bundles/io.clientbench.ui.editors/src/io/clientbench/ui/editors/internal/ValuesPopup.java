package io.clientbench.ui.editors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.ui.WidgetIds;

/**
 * A button beside a multiple-values field that ticks values from the list; the ticked labels go into the text, which
 * stays typeable (labels or names, comma-separated) for those who prefer the keyboard.
 */
final class ValuesPopup {

    private ValuesPopup() {
    }

    static void attach(Composite host, FormToolkit toolkit, Text text, FieldDescriptor field) {
        Button button = toolkit.createButton(host, "\u2026", SWT.PUSH);
        button.setToolTipText(EditorMessages.values_pick);
        button.setData(WidgetIds.KEY, WidgetIds.EDITOR_VALUES_PREFIX + field.name());
        button.addListener(SWT.Selection, e -> open(text, button, field));
    }

    private static void open(Text text, Button button, FieldDescriptor field) {
        Shell popup = new Shell(button.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(popup);
        Set<String> ticked = Arrays.stream(text.getText().split("[,，、]")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        List<Button> boxes = new ArrayList<>();
        List<EnumLiteral> offered = field.literals().stream()
                .filter(l -> !l.hidden() || ticked.contains(l.label().text()) || ticked.contains(l.name())).toList();
        for (EnumLiteral literal : offered) {
            Button box = new Button(popup, SWT.CHECK);
            box.setText(literal.label().text());
            box.setSelection(ticked.contains(literal.label().text()) || ticked.contains(literal.name())
                    || ticked.contains(literal.label().zh()) || ticked.contains(literal.label().en()));
            box.setData(WidgetIds.KEY, WidgetIds.EDITOR_VALUES_PREFIX + field.name() + "." + literal.name());
            boxes.add(box);
        }
        Button ok = new Button(popup, SWT.PUSH);
        ok.setText(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
        ok.setData(WidgetIds.KEY, WidgetIds.EDITOR_VALUES_OK);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(ok);
        popup.setDefaultButton(ok);
        ok.addListener(SWT.Selection, e -> {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).getSelection()) {
                    labels.add(offered.get(i).label().text());
                }
            }
            text.setText(String.join(", ", labels));
            popup.close();
            text.setFocus();
        });
        popup.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                popup.close();
            }
        });
        PopupPlacement.besides(popup, button);
        popup.open();
    }
}
