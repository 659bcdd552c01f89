package io.clientbench.io.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.io.RecordExport;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;

/**
 * File &gt; Export: customers as CSV (UTF-8 with a BOM, which Excel and WPS need to read Chinese) or XLSX, every shown
 * field in the schema's order; contacts as vCards. Written in a job to a temporary file moved into place, so a failure
 * never leaves half a file where the user expects the export.
 */
final class ExportDialog extends TitleAreaDialog {

    /** What can be exported, with the extension its file gets. */
    private enum Kind {
        CUSTOMERS_CSV("csv"), CUSTOMERS_XLSX("xlsx"), CONTACTS_VCARD("vcf");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }
    }

    private final RecordRepository records;
    private final MergedSchema schema;
    private Kind kind = Kind.CUSTOMERS_CSV;
    private Text file;

    ExportDialog(Shell parent, RecordRepository records, MergedSchema schema) {
        super(parent);
        this.records = records;
        this.schema = schema;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(IoUiMessages.export_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(IoUiMessages.export_title);
        setMessage(IoUiMessages.export_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(8, 8).applyTo(body);
        radio(body, IoUiMessages.export_customersCsv, WidgetIds.EXPORT_CUSTOMERS_CSV, Kind.CUSTOMERS_CSV).setSelection(true);
        radio(body, IoUiMessages.export_customersXlsx, WidgetIds.EXPORT_CUSTOMERS_XLSX, Kind.CUSTOMERS_XLSX);
        radio(body, IoUiMessages.export_contactsVcard, WidgetIds.EXPORT_CONTACTS_VCARD, Kind.CONTACTS_VCARD);
        new Label(body, SWT.NONE).setText(IoUiMessages.export_file);
        file = new Text(body, SWT.BORDER);
        file.setData(WidgetIds.KEY, WidgetIds.EXPORT_FILE);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(IoUiMessages.export_browse);
        browse.addListener(SWT.Selection, e -> browse());
        file.setText(Path.of(System.getProperty("user.home"), defaultName()).toString());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IoUiMessages.export_button, true).setData(WidgetIds.KEY, WidgetIds.EXPORT_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private Button radio(Composite parent, String text, String id, Kind choice) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection() && kind != choice) {
                kind = choice;
                // keep the folder and name the user chose, with the extension of the new kind
                String typed = file.getText().strip();
                int dot = typed.lastIndexOf('.');
                int slash = Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\'));
                file.setText((dot > slash ? typed.substring(0, dot) : typed) + "." + choice.extension);
            }
        });
        return button;
    }

    private String defaultName() {
        return (kind == Kind.CONTACTS_VCARD ? IoUiMessages.export_contactsName : IoUiMessages.export_customersName) + "." + kind.extension;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + kind.extension });
        dialog.setFileName(defaultName());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    @Override
    protected void okPressed() {
        String typed = file.getText().strip();
        if (typed.isEmpty()) {
            setErrorMessage(IoUiMessages.export_fileMissing);
            return;
        }
        export(kind, Path.of(typed).toAbsolutePath(), getParentShell());
        super.okPressed();
    }

    private void export(Kind what, Path target, Shell parent) {
        Display display = parent.getDisplay();
        Locale locale = Locale.getDefault();
        Job job = Job.create(IoUiMessages.format(IoUiMessages.export_job, target.getFileName()), monitor -> {
            try {
                Path folder = target.getParent();
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, ".export", ".tmp");
                try {
                    try (OutputStream out = Files.newOutputStream(temporary)) {
                        EntitySchema customer = schema.customer();
                        switch (what) {
                            case CUSTOMERS_CSV -> RecordExport.csv(records, customer, RecordExport.fields(customer), locale, out);
                            case CUSTOMERS_XLSX -> RecordExport.xlsx(records, customer, RecordExport.fields(customer), locale, out);
                            case CONTACTS_VCARD -> RecordExport.vcards(records, schema, out);
                        }
                    }
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                display.asyncExec(() -> MessageDialog.openInformation(parent, IoUiMessages.export_title,
                        IoUiMessages.format(IoUiMessages.export_done, target)));
                return Status.OK_STATUS;
            } catch (IOException | StoreException e) {
                display.asyncExec(() -> MessageDialog.openError(parent, IoUiMessages.export_title,
                        IoUiMessages.format(IoUiMessages.export_failed, target, e.getLocalizedMessage())));
                return Status.info(e.getLocalizedMessage());
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
