package io.clientbench.privacy.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RoleSession;
import io.clientbench.ui.WidgetIds;

/**
 * Switch Role: the role, who works in it, and its password when it has one. A wrong password is refused in the
 * dialog, which stays open; open editors are closed first (saving asked for), since what they show belongs to the
 * role they were opened in.
 */
final class SwitchRoleDialog extends TitleAreaDialog {

    private final RoleSession session;
    private final IWorkbenchPage page;
    private final List<Role> roles = List.of(Role.values());
    private Combo role;
    private Text user;
    private Text password;
    private Label passwordNote;
    private Button anonymised;
    private Label policy;

    SwitchRoleDialog(Shell parent, RoleSession session, IWorkbenchPage page) {
        super(parent);
        this.session = session;
        this.page = page;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(PrivacyUiMessages.switch_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(PrivacyUiMessages.switch_title);
        setMessage(PrivacyUiMessages.switch_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);

        new Label(body, SWT.NONE).setText(PrivacyUiMessages.switch_role);
        role = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        role.setData(WidgetIds.KEY, WidgetIds.ROLE_SWITCH_ROLE);
        roles.forEach(r -> role.add(r.label(Locale.getDefault())));
        role.select(roles.indexOf(session.role()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(role);

        new Label(body, SWT.NONE).setText(PrivacyUiMessages.switch_user);
        user = new Text(body, SWT.BORDER | SWT.SINGLE);
        user.setData(WidgetIds.KEY, WidgetIds.ROLE_SWITCH_USER);
        user.setText(session.current().user());
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);

        new Label(body, SWT.NONE).setText(PrivacyUiMessages.switch_password);
        password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.setData(WidgetIds.KEY, WidgetIds.ROLE_SWITCH_PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        new Label(body, SWT.NONE);
        passwordNote = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordNote);

        new Label(body, SWT.NONE);
        anonymised = new Button(body, SWT.CHECK);
        anonymised.setText(PrivacyUiMessages.switch_anonymised);
        anonymised.setSelection(session.current().anonymised());

        policy = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(policy);
        role.addListener(SWT.Selection, e -> chosen());
        chosen();
        return area;
    }

    private Role selected() {
        return roles.get(Math.max(0, role.getSelectionIndex()));
    }

    private void chosen() {
        Role chosen = selected();
        boolean protectedRole = session.hasPassword(chosen);
        password.setEnabled(protectedRole);
        passwordNote.setText(protectedRole ? "" : PrivacyUiMessages.switch_noPassword);
        anonymised.setEnabled(chosen.policy().mayAnonymise());
        if (!chosen.policy().mayAnonymise()) {
            anonymised.setSelection(false);
        }
        policy.setText(NLS.bind(PrivacyUiMessages.switch_policy, chosen.policy().describe(Locale.getDefault())));
        setErrorMessage(null);
        policy.getParent().layout(true, true);
    }

    @Override
    protected void okPressed() {
        if (page != null && !page.closeAllEditors(true)) {
            return; // the user kept an unsaved editor open: stay in the current role
        }
        char[] typed = password.getText().toCharArray();
        try {
            session.switchTo(selected(), user.getText(), typed, anonymised.getSelection());
        } catch (RoleException e) {
            setErrorMessage(e.message(Locale.getDefault()));
            password.setText("");
            password.setFocus();
            return;
        } finally {
            Arrays.fill(typed, '\0');
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setData(WidgetIds.KEY, "privacy.switch.ok");
    }
}
