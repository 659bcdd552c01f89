package io.clientbench.ui.editors.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.ui.WidgetIds;

/**
 * A customer field's context menu for 待确认/待补充 (mark as to be confirmed, to be completed, remove the mark), and
 * how a marked field looks: an amber input, the state in its tooltip (the form's heading lists the marks too). The
 * sheets want "no empty cells": a mark says the value is known to be missing.
 */
final class PendingMarkMenu {

    static final String CONFIRM = "TO_BE_CONFIRMED";
    static final String COMPLETE = "TO_BE_COMPLETED";
    private static final String CLEAR = "CLEAR";
    private static final Color MARKED = new Color(255, 236, 179);
    private static final String BACKGROUND = "io.clientbench.pending.background";
    private static final String TOOLTIP = "io.clientbench.pending.tooltip";

    private PendingMarkMenu() {
    }

    static void attach(Control control, FieldDescriptor field, CustomerEditor editor) {
        Menu menu = new Menu(control);
        item(menu, PendingMessages.markConfirm, CONFIRM, field, () -> editor.mark(field.name(), CONFIRM));
        item(menu, PendingMessages.markComplete, COMPLETE, field, () -> editor.mark(field.name(), COMPLETE));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem clear = item(menu, PendingMessages.markClear, CLEAR, field, () -> editor.mark(field.name(), null));
        menu.addListener(SWT.Show, e -> clear.setEnabled(editor.markOf(field.name()) != null));
        control.setMenu(menu);
        control.setData(BACKGROUND, control.getBackground());
        control.setData(TOOLTIP, control.getToolTipText());
    }

    private static MenuItem item(Menu menu, String text, String state, FieldDescriptor field, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.setData(WidgetIds.KEY, WidgetIds.EDITOR_MARK_PREFIX + state + "." + field.name());
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** Shows the field's mark (null: none) on its input. */
    static void paint(Control control, FieldDescriptor field, String state) {
        if (control.isDisposed() || !(control.getData(BACKGROUND) instanceof Color original)) {
            return;
        }
        control.setBackground(state == null ? original : MARKED);
        control.setToolTipText(state == null ? (String) control.getData(TOOLTIP) : text(field, state));
    }

    static String text(FieldDescriptor field, String state) {
        return org.eclipse.osgi.util.NLS.bind(COMPLETE.equals(state) ? PendingMessages.markedComplete : PendingMessages.markedConfirm,
                field.label().text());
    }
}
