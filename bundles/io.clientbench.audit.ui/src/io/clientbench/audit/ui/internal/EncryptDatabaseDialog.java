package io.clientbench.audit.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.store.BootPassword;
import io.clientbench.ui.WidgetIds;

/**
 * Admin > Encrypt Database…: the password twice, checked against the rule as it is typed, and the warning that a lost
 * password loses the data, which the admin confirms before the button is enabled.
 */
final class EncryptDatabaseDialog extends TitleAreaDialog {

    private Text password;
    private Text repeat;
    private Button understood;
    private char[] chosen;

    EncryptDatabaseDialog(Shell shell) {
        super(shell);
    }

    /** The password chosen, once the dialog was closed with OK. */
    char[] password() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(AuditMessages.encrypt_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(AuditMessages.encrypt_title);
        setMessage(AuditMessages.encrypt_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(8, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        password = passwordField(body, AuditMessages.encrypt_password, WidgetIds.ENCRYPT_PASSWORD);
        repeat = passwordField(body, AuditMessages.encrypt_repeat, WidgetIds.ENCRYPT_REPEAT);
        Label warning = new Label(body, SWT.WRAP);
        warning.setText(AuditMessages.encrypt_warning);
        warning.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(warning);
        understood = new Button(body, SWT.CHECK);
        understood.setText(AuditMessages.encrypt_understood);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(understood); // its own size: a click beside the text does nothing
        understood.addListener(SWT.Selection, e -> check());
        return area;
    }

    private Text passwordField(Composite body, String label, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text field = new Text(body, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        field.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(field);
        field.addListener(SWT.Modify, e -> check());
        return field;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, AuditMessages.encrypt_ok, false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    /** The rule's message while the passwords do not qualify; OK only with both right and the warning confirmed. */
    private void check() {
        char[] first = password.getText().toCharArray();
        char[] second = repeat.getText().toCharArray();
        // the rule while the first is typed, then also whether the two agree
        String problem = first.length == 0 ? null : BootPassword.problem(first, second.length == 0 ? first : second);
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
        } else {
            setMessage(AuditMessages.encrypt_message);
        }
        boolean ready = first.length > 0 && BootPassword.problem(first, second) == null && understood.getSelection();
        getButton(IDialogConstants.OK_ID).setEnabled(ready);
        Arrays.fill(first, '\0');
        Arrays.fill(second, '\0');
    }

    @Override
    protected void okPressed() {
        chosen = password.getText().toCharArray();
        super.okPressed();
    }
}
