package io.clientbench.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help › Install Plugin…. */
public class InstallPluginHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        PluginUi.manager(shell).ifPresent(manager -> new InstallPluginDialog(shell, manager).open());
        return null;
    }
}
