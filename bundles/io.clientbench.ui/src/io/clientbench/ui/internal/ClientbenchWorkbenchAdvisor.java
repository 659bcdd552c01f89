package io.clientbench.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.e4.core.contexts.IEclipseContext;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.MaskingRecordRepository;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.RecordRepository;

/** Opens the Customers perspective and keeps the user's layout across restarts. */
class ClientbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /**
     * Before any window or part exists: every view, editor, dialog and export of the workbench takes the repository
     * from this context, so putting the masking one here is the one place PIPL masking is enforced for them.
     */
    @Override
    public void preStartup() {
        IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
        RecordRepository store = context.get(RecordRepository.class);
        SchemaRegistry schemas = context.get(SchemaRegistry.class);
        RoleSession session = context.get(RoleSession.class);
        context.set(RecordRepository.class, new MaskingRecordRepository(store, schemas::schema, session));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CustomersPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ClientbenchWindowAdvisor(configurer);
    }
}
