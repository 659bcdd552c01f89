package io.clientbench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.clientbench.ui.DatabaseEncryption;

/** Starts the 3.x compatibility workbench once the customer database is open. */
public class ClientbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupTiming.mark("application");
        Display display = PlatformUI.createDisplay();
        try {
            StartupTiming.mark("display");
            if (!DatabaseStartup.open(display)) {
                return EXIT_OK;
            }
            StartupTiming.mark("database");
            int code = PlatformUI.createAndRunWorkbench(display, new ClientbenchWorkbenchAdvisor());
            char[] encryptWith = DatabaseEncryption.take();
            if (encryptWith != null) {
                EncryptAtRestart.run(encryptWith); // the workbench is closed: nothing else uses the database now
                return EXIT_RESTART;
            }
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
