package io.clientbench.visits.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.ui.WidgetIds;
import io.clientbench.visits.core.CadenceRule;
import io.clientbench.visits.core.CustomRules;

/**
 * A cadence rule of the admin's own: a name, what it is bound to (a value of any of the customer's value-list fields,
 * such as 市场空间分类 = A, or a tag) and its period and counts. Invalid input is named in the dialog, which stays open.
 */
final class AddRuleDialog extends TitleAreaDialog {

    private final List<FieldDescriptor> grades;
    private Text name;
    private Button byGrade, byTag;
    private Combo field, value;
    private Text tag;
    private Spinner period, onSite, contacts;
    private Button either, holidays;
    private CadenceRule rule;

    AddRuleDialog(Shell parent, EntitySchema customer) {
        super(parent);
        Collator collator = Collator.getInstance(Locale.getDefault());
        grades = customer.fields().stream().filter(f -> f.kind() == FieldKind.ENUM && !f.hidden())
                .sorted(Comparator.comparing(f -> f.label().text(), collator)).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(VisitMessages.rule_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(VisitMessages.rule_title);
        setMessage(VisitMessages.rule_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(12, 12).spacing(8, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        label(body, VisitMessages.rule_name);
        name = new Text(body, SWT.BORDER);
        name.setData(WidgetIds.KEY, WidgetIds.RULE_NAME);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(name);

        byGrade = new Button(body, SWT.RADIO);
        byGrade.setText(VisitMessages.rule_byGrade);
        byGrade.setSelection(true);
        field = new Combo(body, SWT.READ_ONLY);
        field.setData(WidgetIds.KEY, WidgetIds.RULE_FIELD);
        grades.forEach(f -> field.add(f.label().text()));
        field.addListener(SWT.Selection, e -> showValues());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        value = new Combo(body, SWT.READ_ONLY);
        value.setData(WidgetIds.KEY, WidgetIds.RULE_VALUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);

        byTag = new Button(body, SWT.RADIO);
        byTag.setText(VisitMessages.rule_byTag);
        byTag.setData(WidgetIds.KEY, WidgetIds.RULE_BY_TAG);
        tag = new Text(body, SWT.BORDER);
        tag.setData(WidgetIds.KEY, WidgetIds.RULE_TAG);
        tag.setMessage(VisitMessages.rule_tagHint);
        tag.addListener(SWT.Modify, e -> {
            byTag.setSelection(!tag.getText().isBlank());
            byGrade.setSelection(tag.getText().isBlank());
        });
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(tag);

        period = spinner(body, VisitMessages.cadence_period, WidgetIds.RULE_PERIOD, 1, 366, 30);
        onSite = spinner(body, VisitMessages.cadence_onSite, WidgetIds.RULE_ON_SITE, 0, 31, 1);
        contacts = spinner(body, VisitMessages.cadence_contacts, WidgetIds.RULE_CONTACTS, 0, 31, 0);
        either = check(body, VisitMessages.rule_either);
        holidays = check(body, VisitMessages.rule_holidays);
        return area;
    }

    private static void label(Composite body, String text) {
        new Label(body, SWT.NONE).setText(text);
    }

    private static Spinner spinner(Composite body, String text, String id, int min, int max, int start) {
        label(body, text);
        Spinner spinner = new Spinner(body, SWT.BORDER);
        spinner.setValues(start, min, max, 0, 1, 10);
        spinner.setData(WidgetIds.KEY, id);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(spinner);
        return spinner;
    }

    private static Button check(Composite body, String text) {
        Button check = new Button(body, SWT.CHECK);
        check.setText(text);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(check);
        return check;
    }

    private void showValues() {
        value.removeAll();
        if (field.getSelectionIndex() >= 0) {
            for (EnumLiteral literal : grades.get(field.getSelectionIndex()).literals()) {
                if (!literal.hidden()) {
                    value.add(literal.label().text());
                }
            }
            value.select(0);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true).setData(WidgetIds.KEY, WidgetIds.RULE_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank()) {
            setErrorMessage(VisitMessages.rule_nameMissing);
            return;
        }
        String boundField = null, boundValue = null, boundTag = null;
        if (byTag.getSelection()) {
            boundTag = tag.getText().strip();
        } else if (field.getSelectionIndex() >= 0 && value.getSelectionIndex() >= 0) {
            FieldDescriptor grade = grades.get(field.getSelectionIndex());
            boundField = grade.name();
            boundValue = grade.literals().stream().filter(l -> !l.hidden()).toList().get(value.getSelectionIndex()).name();
        }
        if ((boundTag == null || boundTag.isEmpty()) && boundValue == null) {
            setErrorMessage(VisitMessages.rule_bindingMissing);
            return;
        }
        if (onSite.getSelection() == 0 && contacts.getSelection() == 0) {
            setErrorMessage(VisitMessages.rule_nothingDue);
            return;
        }
        rule = CustomRules.rule(name.getText(), boundField, boundValue, boundTag, period.getSelection(), onSite.getSelection(),
                contacts.getSelection(), either.getSelection(), holidays.getSelection());
        super.okPressed();
    }

    /** The rule made (after OK). */
    CadenceRule rule() {
        return rule;
    }
}
