package io.clientbench.privacy.ui.internal;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.eclipse.ui.services.IServiceLocator;

import io.clientbench.privacy.RoleSession;

/**
 * The current role as core-expression variables, so admin-only commands are enabled by
 * {@code <with variable="io.clientbench.privacy.admin"><equals value="true"/></with>} without knowing this bundle.
 */
public final class RoleSourceProvider extends AbstractSourceProvider {

    public static final String ADMIN = "io.clientbench.privacy.admin";
    public static final String ROLE = "io.clientbench.privacy.role";
    private RoleSession session;
    private final Consumer<RoleSession.Identity> listener = identity -> Display.getDefault()
            .asyncExec(() -> fireSourceChanged(ISources.WORKBENCH, getCurrentState()));

    @Override
    public void initialize(IServiceLocator locator) {
        session = Roles.session();
        session.addListener(listener);
    }

    @Override
    public Map<String, Object> getCurrentState() {
        return Map.of(ADMIN, Boolean.valueOf(session.policy().administers()), ROLE, session.role().id()); // expressions read "true" as a Boolean
    }

    @Override
    public String[] getProvidedSourceNames() {
        return new String[] { ADMIN, ROLE };
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
    }
}
