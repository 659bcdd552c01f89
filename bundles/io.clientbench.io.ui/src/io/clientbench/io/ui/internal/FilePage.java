package io.clientbench.io.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.clientbench.io.ImportFileException;
import io.clientbench.io.SourceFile;
import io.clientbench.io.importing.ImportTarget;
import io.clientbench.ui.WidgetIds;

/**
 * Page 1: the file (typed or browsed) and what it holds. The file is read in a job as soon as its path names one, and
 * the page says how it was understood (format, encoding, delimiter, rows) or why it cannot be read.
 */
final class FilePage extends WizardPage {

    private final ImportWizard wizard;
    /** The newest read wins: a read started for an earlier path is ignored when it ends. */
    private final AtomicInteger reads = new AtomicInteger();
    private Text path;
    private Button customers;
    private Button contacts;
    private Button deals;
    private Label detected;

    FilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle(IoUiMessages.file_title);
        setDescription(IoUiMessages.file_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 10).applyTo(page);

        new Label(page, SWT.NONE).setText(IoUiMessages.file_path);
        path = new Text(page, SWT.BORDER);
        path.setData(WidgetIds.KEY, WidgetIds.IMPORT_FILE);
        path.setMessage(IoUiMessages.file_choose);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
        path.addModifyListener(e -> read());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(IoUiMessages.file_browse);
        browse.setData(WidgetIds.KEY, WidgetIds.IMPORT_BROWSE);
        browse.addListener(SWT.Selection, e -> browse());

        new Label(page, SWT.NONE).setText(IoUiMessages.file_holds);
        Composite holds = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(holds);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(holds);
        customers = radio(holds, IoUiMessages.file_customers, WidgetIds.IMPORT_CUSTOMERS, ImportTarget.CUSTOMERS);
        contacts = radio(holds, IoUiMessages.file_contacts, WidgetIds.IMPORT_CONTACTS, ImportTarget.CONTACTS);
        deals = radio(holds, IoUiMessages.file_deals, WidgetIds.IMPORT_DEALS, ImportTarget.DEALS);
        customers.setSelection(true);

        detected = new Label(page, SWT.WRAP);
        detected.setData(WidgetIds.KEY, WidgetIds.IMPORT_DETECTED);
        detected.setText(IoUiMessages.file_choose);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).indent(0, 12).applyTo(detected);
        setControl(page);
    }

    private Button radio(Composite parent, String text, String id, ImportTarget target) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection() && wizard.file != null) {
                wizard.fileChanged(wizard.path, wizard.file, target);
            }
        });
        return button;
    }

    private ImportTarget target() {
        return contacts.getSelection() ? ImportTarget.CONTACTS : deals.getSelection() ? ImportTarget.DEALS : ImportTarget.CUSTOMERS;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        String all = String.join(";", java.util.Arrays.stream(SourceFile.Format.values()).map(SourceFile.Format::filter).toList());
        dialog.setFilterExtensions(new String[] { all, SourceFile.Format.CSV.filter(), SourceFile.Format.XLSX.filter(),
                SourceFile.Format.VCARD.filter() });
        dialog.setFilterNames(new String[] { IoUiMessages.file_allFiles, "CSV", "Excel", "vCard" });
        String chosen = dialog.open();
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    /** Reads the typed file in a job when the path names a readable kind of file that exists. */
    private void read() {
        int mine = reads.incrementAndGet();
        wizard.fileChanged(null, null, target());
        setPageComplete(false);
        String typed = path.getText().strip();
        if (typed.isEmpty()) {
            show(IoUiMessages.file_choose, false);
            return;
        }
        Path file = Path.of(typed);
        if (SourceFile.Format.of(file) == null) {
            show(new ImportFileException("file.unknownType", null, String.valueOf(file.getFileName())).message(Locale.getDefault()), true);
            return;
        }
        if (!Files.isRegularFile(file)) {
            show(IoUiMessages.format(IoUiMessages.file_missing, file), true);
            return;
        }
        show(IoUiMessages.format(IoUiMessages.file_reading, file.getFileName()), false);
        Display display = getShell().getDisplay();
        Job.create(IoUiMessages.file_job, monitor -> {
            try {
                SourceFile source = SourceFile.read(file);
                display.asyncExec(() -> read(mine, file, source, null));
            } catch (IOException e) {
                String message = e instanceof ImportFileException bad ? bad.message(Locale.getDefault()) : e.getLocalizedMessage();
                display.asyncExec(() -> read(mine, file, null, message));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void read(int read, Path file, SourceFile source, String error) {
        if (read != reads.get() || path.isDisposed()) {
            return;
        }
        if (source == null) {
            show(error, true);
            return;
        }
        if (source.format() == SourceFile.Format.VCARD) { // vCards are contacts; say so rather than let the user guess
            customers.setSelection(false);
            deals.setSelection(false);
            contacts.setSelection(true);
        }
        wizard.fileChanged(file, source, target());
        show(source.describe(Locale.getDefault()), false);
        setPageComplete(true);
    }

    private void show(String text, boolean error) {
        detected.setText(error ? "" : text);
        setErrorMessage(error ? text : null);
        detected.getParent().layout(true);
    }
}
