package io.clientbench.ui.internal;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.store.Database;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;

/**
 * Asks for the password of an encrypted database before the workbench starts, until it opens the database or the user
 * cancels (then Clientbench quits without opening anything). A wrong password says so and asks again.
 */
final class PasswordPrompt extends TitleAreaDialog {

    private final String location;
    private final boolean wrong;
    private Text password;
    private char[] entered;

    private PasswordPrompt(Shell shell, String location, boolean wrong) {
        super(shell);
        this.location = location;
        this.wrong = wrong;
    }

    /**
     * Opens the database with the password the user types.
     *
     * @return whether it is open; false when the user cancelled
     * @throws StoreException any failure other than a wrong password
     */
    static boolean unlock(Database database) throws StoreException {
        boolean wrong = false;
        while (true) {
            PasswordPrompt prompt = new PasswordPrompt(null, database.location().toString(), wrong);
            if (prompt.open() != OK) {
                return false;
            }
            database.usePassword(prompt.entered);
            java.util.Arrays.fill(prompt.entered, '\0');
            try {
                database.open();
                return true;
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.WRONG_PASSWORD) {
                    throw e;
                }
                wrong = true;
            }
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.password_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(UiMessages.password_title);
        if (wrong) {
            setMessage(UiMessages.password_wrong, IMessageProvider.ERROR);
        } else {
            setMessage(NLS.bind(UiMessages.password_message, location));
        }
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        password = new Text(body, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        password.setData(WidgetIds.KEY, WidgetIds.PASSWORD_PROMPT);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(password);
        return area;
    }

    @Override
    protected void okPressed() {
        entered = password.getText().toCharArray();
        super.okPressed();
    }
}
