package io.clientbench.audit.ui.internal;

import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.clientbench.store.Database;
import io.clientbench.ui.DatabaseEncryption;

/**
 * Admin > Encrypt Database…: asks for the password, then restarts the workbench; the application encrypts the
 * database (after a backup) between the close and the restart, and the next start asks for the password.
 */
public class EncryptDatabaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        BundleContext context = FrameworkUtil.getBundle(EncryptDatabaseHandler.class).getBundleContext();
        ServiceReference<Database> reference = context.getServiceReference(Database.class);
        Database database = reference == null ? null : context.getService(reference);
        if (database != null && database.isEncrypted()) {
            MessageDialog.openInformation(shell, AuditMessages.encrypt_title, AuditMessages.encrypt_already);
            return null;
        }
        EncryptDatabaseDialog dialog = new EncryptDatabaseDialog(shell);
        if (dialog.open() != Window.OK) {
            return null;
        }
        char[] password = dialog.password();
        DatabaseEncryption.requestAtRestart(password);
        Arrays.fill(password, '\0');
        if (!PlatformUI.getWorkbench().restart()) {
            DatabaseEncryption.take(); // the user kept the workbench open (an unsaved editor): nothing happens
        }
        return null;
    }
}
