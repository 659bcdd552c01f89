package io.clientbench.privacy.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import io.clientbench.privacy.RoleSession;
import io.clientbench.ui.WidgetIds;

/** The current role and user in the status line ("角色：销售 · 王芳"), following every switch. */
public final class RoleStatusControl extends WorkbenchWindowControlContribution {

    private Label label;
    private RoleSession session;
    private final Consumer<RoleSession.Identity> listener = identity -> {
        if (label != null && !label.isDisposed()) {
            label.getDisplay().asyncExec(this::show);
        }
    };

    @Override
    protected Control createControl(Composite parent) {
        session = Roles.session();
        label = new Label(parent, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.ROLE_STATUS);
        show();
        session.addListener(listener);
        label.addListener(SWT.Dispose, e -> session.removeListener(listener));
        return label;
    }

    private void show() {
        if (label.isDisposed()) {
            return;
        }
        String who = session.describe(Locale.getDefault());
        label.setText(NLS.bind(PrivacyUiMessages.status_role, who) + "  ");
        label.setToolTipText(NLS.bind(PrivacyUiMessages.status_tooltip, session.policy().describe(Locale.getDefault())));
        label.getParent().layout(true, true);
        if (label.getShell() != null) {
            label.getShell().layout(true, true);
        }
    }
}
