package io.clientbench.io.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;

/** File &gt; Export…: customers as CSV or XLSX, contacts as vCards. */
public class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEclipseContext context = window.getService(IEclipseContext.class);
        new ExportDialog(window.getShell(), context.get(RecordRepository.class), context.get(SchemaRegistry.class).schema()).open();
        return null;
    }
}
