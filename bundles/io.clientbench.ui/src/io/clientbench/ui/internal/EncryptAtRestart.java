package io.clientbench.ui.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.clientbench.store.DataLocation;
import io.clientbench.store.Database;
import io.clientbench.store.StoreException;

/**
 * Does the encryption {@link io.clientbench.ui.DatabaseEncryption} holds, after the workbench has closed and before the
 * restart: an online backup into {@code backups/before-encryption-<time>} in the data folder first (it stays
 * unencrypted, so the admin can remove it once the encrypted database is proven), then Derby encrypts the database in
 * place. A failure is shown and the database stays as it was.
 */
final class EncryptAtRestart {

    private EncryptAtRestart() {
    }

    static void run(char[] password) {
        BundleContext context = FrameworkUtil.getBundle(EncryptAtRestart.class).getBundleContext();
        ServiceReference<Database> reference = context.getServiceReference(Database.class);
        Database database = reference == null ? null : context.getService(reference);
        if (database == null) {
            return;
        }
        try {
            Path backups = DataLocation.dataFolder().resolve("backups")
                    .resolve("before-encryption-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Path copy = database.backup(backups);
            UiLog.info(NLS.bind(UiMessages.encrypt_backup, copy));
            database.encrypt(password);
        } catch (StoreException | RuntimeException e) {
            UiLog.error(e.getMessage(), e);
            MessageDialog.openError(null, UiMessages.encrypt_failedTitle, NLS.bind(UiMessages.encrypt_failed, e.getLocalizedMessage()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
