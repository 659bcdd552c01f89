package io.clientbench.privacy.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;


/**
 * After a role switch every open view (that has been created) is closed and opened again in its place, so it reads through the masking
 * repository in the new role — any view, including those of bundles written later, without a role event of its own.
 */
final class ViewsReload {

    private ViewsReload() {
    }

    static void reopen(IWorkbenchWindow window) {
        for (IWorkbenchPage page : window.getPages()) {
            IWorkbenchPart active = page.getActivePart();
            String activeId = active instanceof IViewPart view ? view.getViewSite().getId() : null;
            List<IViewReference> open = new ArrayList<>(List.of(page.getViewReferences()));
            List<IViewReference> visible = open.stream().filter(v -> v.getPart(false) != null && page.isPartVisible(v.getPart(false))).toList();
            for (IViewReference view : open) {
                if (view.getPart(false) == null) {
                    continue; // not created yet: it reads in the new role when it first shows
                }
                String id = view.getId();
                String secondary = view.getSecondaryId();
                boolean wasVisible = visible.contains(view);
                page.hideView(view);
                try {
                    page.showView(id, secondary, wasVisible ? IWorkbenchPage.VIEW_VISIBLE : IWorkbenchPage.VIEW_CREATE);
                } catch (PartInitException e) {
                    PrivacyUiLog.error("reopening " + id + " after a role switch", e);
                }
            }
            if (activeId != null) {
                try {
                    page.showView(activeId);
                } catch (PartInitException e) {
                    PrivacyUiLog.error("activating " + activeId, e);
                }
            }
        }
    }
}
