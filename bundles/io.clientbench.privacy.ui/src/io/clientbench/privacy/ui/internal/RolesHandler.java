package io.clientbench.privacy.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Admin > Roles and Passwords… (enabled for the admin role only, by the handler's enabledWhen). */
public final class RolesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null && Roles.session().policy().administers()) {
            new RolesDialog(window.getShell(), Roles.session()).open();
        }
        return null;
    }
}
