package io.clientbench.privacy.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;

import io.clientbench.privacy.RoleSession;

/** The role session of the running workbench. */
final class Roles {

    private Roles() {
    }

    static RoleSession session() {
        return PlatformUI.getWorkbench().getService(IEclipseContext.class).get(RoleSession.class);
    }
}
