package io.clientbench.ui.editors.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.ui.WidgetIds;

/**
 * A calendar button beside a date field: picks a day into the text (yyyy-mm-dd), which stays typeable and may stay
 * empty — an SWT DateTime alone cannot be empty, and an unknown date must not become today.
 */
final class DatePopup {

    private DatePopup() {
    }

    static void attach(Composite host, FormToolkit toolkit, Text text, String field) {
        Button button = toolkit.createButton(host, "\u2026", SWT.PUSH); // "…": opens the calendar
        button.setToolTipText(EditorMessages.date_pick);
        button.setData(WidgetIds.KEY, WidgetIds.EDITOR_DATE_PREFIX + field);
        button.addListener(SWT.Selection, e -> open(text, button));
    }

    private static void open(Text text, Button button) {
        Shell popup = new Shell(button.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.NO_TRIM);
        popup.setLayout(new FillLayout());
        DateTime calendar = new DateTime(popup, SWT.CALENDAR | SWT.BORDER);
        calendar.setData(WidgetIds.KEY, WidgetIds.EDITOR_DATE_CALENDAR);
        LocalDate shown = parse(text.getText());
        calendar.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        // a day clicked in the month shown, or Enter / a double-click, is taken; moving to another month is not a choice;
        // Escape or a click elsewhere closes without a change
        int[] month = { shown.getYear() * 12 + shown.getMonthValue() - 1 };
        calendar.addListener(SWT.Selection, e -> {
            int now = calendar.getYear() * 12 + calendar.getMonth();
            if (now == month[0]) {
                take(text, calendar, popup);
            }
            month[0] = now;
        });
        calendar.addListener(SWT.DefaultSelection, e -> take(text, calendar, popup));
        calendar.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                popup.close();
            }
        });
        popup.addListener(SWT.Deactivate, e -> popup.getDisplay().asyncExec(() -> {
            if (!popup.isDisposed()) {
                popup.close();
            }
        }));
        PopupPlacement.besides(popup, button);
        popup.open();
        calendar.setFocus();
    }

    private static void take(Text text, DateTime calendar, Shell popup) {
        if (popup.isDisposed()) {
            return;
        }
        text.setText(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay()).toString());
        popup.close();
        text.setFocus();
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.now(); // nothing or something unreadable typed: the calendar opens on today
        }
    }
}
