package io.clientbench.privacy.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Switch Role…: the dialog, then the open views read again in the new role. */
public final class SwitchRoleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        SwitchRoleDialog dialog = new SwitchRoleDialog(window.getShell(), Roles.session(), window.getActivePage());
        if (dialog.open() == Window.OK) {
            ViewsReload.reopen(window);
        }
        return null;
    }
}
