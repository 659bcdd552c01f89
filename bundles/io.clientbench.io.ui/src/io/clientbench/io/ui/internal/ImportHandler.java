package io.clientbench.io.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.clientbench.io.importing.ImportProfiles;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;

/** File &gt; Import…: opens the import wizard. */
public class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = window.getService(IEclipseContext.class);
        ImportWizard wizard = new ImportWizard(context.get(RecordRepository.class), context.get(SchemaRegistry.class),
                ImportProfiles.inDataFolder(), context.get(IEventBroker.class));
        new ImportWizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
