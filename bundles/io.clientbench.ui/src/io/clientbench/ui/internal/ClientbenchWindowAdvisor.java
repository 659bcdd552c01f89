package io.clientbench.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: menu bar from org.eclipse.ui.menus, status line, sensible first size. */
class ClientbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final Point INITIAL_SIZE = new Point(1200, 800);

    ClientbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
    }

    @Override
    public void postWindowOpen() {
        StartupTiming.windowOpened(getWindowConfigurer().getWindow().getShell().getDisplay());
    }
}
