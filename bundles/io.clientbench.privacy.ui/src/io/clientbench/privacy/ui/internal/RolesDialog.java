package io.clientbench.privacy.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RoleSession;
import io.clientbench.ui.WidgetIds;

/** The roles, what each sees, whether a password protects it; the admin sets or removes the chosen role's password. */
final class RolesDialog extends TitleAreaDialog {

    private final RoleSession session;
    private final List<Role> roles = List.of(Role.values());
    private Table table;
    private Text password;
    private Text confirm;

    RolesDialog(Shell parent, RoleSession session) {
        super(parent);
        this.session = session;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(PrivacyUiMessages.roles_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(PrivacyUiMessages.roles_title);
        setMessage(PrivacyUiMessages.roles_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);

        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData(WidgetIds.KEY, WidgetIds.ROLE_ADMIN_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(760, 130).applyTo(table);
        column(PrivacyUiMessages.roles_column_role, 130);
        column(PrivacyUiMessages.roles_column_policy, 520);
        column(PrivacyUiMessages.roles_column_password, 80);
        fill();
        table.select(0);

        new Label(body, SWT.NONE).setText(PrivacyUiMessages.roles_newPassword);
        password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.setData(WidgetIds.KEY, WidgetIds.ROLE_ADMIN_PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        new Label(body, SWT.NONE).setText(PrivacyUiMessages.roles_confirm);
        confirm = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        confirm.setData(WidgetIds.KEY, WidgetIds.ROLE_ADMIN_CONFIRM);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(confirm);

        Composite buttons = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button set = new Button(buttons, SWT.PUSH);
        set.setText(PrivacyUiMessages.roles_set);
        set.setData(WidgetIds.KEY, WidgetIds.ROLE_ADMIN_SET);
        set.addListener(SWT.Selection, e -> setPassword());
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(PrivacyUiMessages.roles_remove);
        remove.setData(WidgetIds.KEY, WidgetIds.ROLE_ADMIN_REMOVE);
        remove.addListener(SWT.Selection, e -> change(new char[0], PrivacyUiMessages.roles_removed));
        return area;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    private void fill() {
        int selected = table.getSelectionIndex();
        table.removeAll();
        for (Role role : roles) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { role.label(Locale.getDefault()), role.policy().describe(Locale.getDefault()),
                    session.hasPassword(role) ? PrivacyUiMessages.roles_passwordSet : PrivacyUiMessages.roles_passwordNone });
        }
        table.select(Math.max(0, selected));
    }

    private void setPassword() {
        if (!password.getText().equals(confirm.getText())) {
            setErrorMessage(PrivacyUiMessages.roles_mismatch);
            return;
        }
        change(password.getText().toCharArray(), PrivacyUiMessages.roles_saved);
    }

    private void change(char[] newPassword, String done) {
        Role role = roles.get(Math.max(0, table.getSelectionIndex()));
        try {
            session.setPassword(role, newPassword);
            setErrorMessage(null);
            setMessage(NLS.bind(done, role.label(Locale.getDefault())), IMessageProvider.INFORMATION);
        } catch (RoleException e) {
            setErrorMessage(e.message(Locale.getDefault()));
        } finally {
            Arrays.fill(newPassword, '\0');
            password.setText("");
            confirm.setText("");
        }
        fill();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
