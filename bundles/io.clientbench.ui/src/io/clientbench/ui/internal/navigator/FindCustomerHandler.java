package io.clientbench.ui.internal.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+F: shows the customer navigator and puts the cursor in its search field (the part's focus). */
public class FindCustomerHandler extends AbstractHandler {

    static final String NAVIGATOR_ID = "io.clientbench.ui.views.navigator";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(NAVIGATOR_ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
