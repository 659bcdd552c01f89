package io.clientbench.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.clientbench.ui.internal.navigator.CustomerNavigatorPart;

/** The Customers perspective: the navigator above, the editor area for customer editors. */
public class CustomersPerspective implements IPerspectiveFactory {

    public static final String ID = "io.clientbench.ui.perspectives.customers";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(CustomerNavigatorPart.ID, IPageLayout.TOP, 0.45f, IPageLayout.ID_EDITOR_AREA); // a wide table above the editors
        layout.getViewLayout(CustomerNavigatorPart.ID).setCloseable(true);
        layout.addShowViewShortcut(CustomerNavigatorPart.ID);
    }
}
