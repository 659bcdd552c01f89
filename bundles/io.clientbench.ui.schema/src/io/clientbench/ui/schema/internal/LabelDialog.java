package io.clientbench.ui.schema.internal;

import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.model.Label;
import io.clientbench.ui.WidgetIds;

/**
 * Asks for a Chinese and an English label (relabel a field or value, add a value). The change is tried on the draft
 * when OK is pressed; a refusal shows in the dialog, which stays open.
 */
final class LabelDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final Label initial;
    private final Function<Label, String> tryApply;
    private Text zh;
    private Text en;

    /** @param tryApply makes the change and returns null, or returns why it was refused */
    LabelDialog(Shell parent, String title, String message, Label initial, Function<Label, String> tryApply) {
        super(parent);
        this.title = title;
        this.message = message;
        this.initial = initial;
        this.tryApply = tryApply;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        zh = text(body, SchemaMessages.label_zh, initial.zh(), WidgetIds.SCHEMA_DIALOG_ZH);
        en = text(body, SchemaMessages.label_en, initial.en(), WidgetIds.SCHEMA_DIALOG_EN);
        return area;
    }

    static Text text(Composite parent, String caption, String value, String id) {
        org.eclipse.swt.widgets.Label label = new org.eclipse.swt.widgets.Label(parent, SWT.NONE);
        label.setText(caption);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(value == null ? "" : value);
        text.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        String refusal = tryApply.apply(new Label(zh.getText().strip(), en.getText().strip()));
        if (refusal != null) {
            setErrorMessage(refusal);
            return;
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
