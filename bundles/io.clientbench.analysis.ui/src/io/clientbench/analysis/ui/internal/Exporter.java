package io.clientbench.analysis.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.ui.WidgetIds;

/**
 * The export buttons of an analysis editor: each asks for a file (or takes the one a test set under
 * {@link WidgetIds#EXPORT_PATH_KEY}), writes it, and reports the file or the failure, never throwing into SWT.
 */
final class Exporter {

    /** Writes the export into a file. */
    interface Writer {
        void write(Path file) throws Exception;
    }

    private final FormToolkit toolkit;
    private final Consumer<String> status;

    Exporter(FormToolkit toolkit, Consumer<String> status) {
        this.toolkit = toolkit;
        this.status = status;
    }

    Button button(Composite parent, String text, String id, String fileName, String filter, Writer writer) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> export(button, fileName, filter, writer));
        return button;
    }

    private void export(Button button, String fileName, String filter, Writer writer) {
        String file = button.getData(WidgetIds.EXPORT_PATH_KEY) instanceof String preset ? preset : ask(button, fileName, filter);
        if (file == null) {
            return;
        }
        try {
            writer.write(Path.of(file));
            status.accept(NLS.bind(AnalysisUiMessages.exported, file));
        } catch (Exception e) {
            org.eclipse.core.runtime.ILog.of(Exporter.class).log(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
            MessageDialog.openError(button.getShell(), AnalysisUiMessages.export_title,
                    NLS.bind(AnalysisUiMessages.export_failed, file, e.getLocalizedMessage()));
        }
    }

    private static String ask(Button button, String fileName, String filter) {
        FileDialog dialog = new FileDialog(button.getShell(), SWT.SAVE);
        dialog.setFileName(fileName);
        dialog.setFilterExtensions(new String[] { filter });
        dialog.setOverwrite(true);
        return dialog.open();
    }
}
