package io.clientbench.plugins.ui.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.plugins.PluginException;
import io.clientbench.plugins.PluginFeature;
import io.clientbench.plugins.PluginJobs;
import io.clientbench.plugins.PluginManager;
import io.clientbench.ui.WidgetIds;

/**
 * Help › Install Plugin: the user picks a repository folder or archive, sees the plugins it offers (read in a job, the
 * dialog stays responsive), ticks some and installs them; the installation runs as a user job after the dialog
 * closes and then offers a restart.
 */
final class InstallPluginDialog extends TitleAreaDialog {

    private final PluginManager manager;
    private Text location;
    private CheckboxTableViewer features;
    private URI repository;
    private Job reading;

    InstallPluginDialog(Shell parent, PluginManager manager) {
        super(parent);
        this.manager = manager;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.install_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(UiMessages.install_title);
        setMessage(UiMessages.install_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(UiMessages.install_location);
        location = new Text(body, SWT.BORDER);
        location.setData(WidgetIds.KEY, PluginUi.INSTALL_LOCATION);
        location.setMessage(UiMessages.install_locationHint);
        // Enter reads a typed or pasted path instead of pressing the dialog's default button
        location.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && !location.getText().isBlank()) {
                e.doit = false;
                read(location.getText().strip());
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(location);
        Button folder = new Button(body, SWT.PUSH);
        folder.setText(UiMessages.install_folder);
        folder.setData(WidgetIds.KEY, PluginUi.INSTALL_FOLDER);
        folder.addListener(SWT.Selection, e -> chooseFolder());
        Button archive = new Button(body, SWT.PUSH);
        archive.setText(UiMessages.install_archive);
        archive.setData(WidgetIds.KEY, PluginUi.INSTALL_ARCHIVE);
        archive.addListener(SWT.Selection, e -> chooseArchive());

        features = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        features.getTable().setData(WidgetIds.KEY, PluginUi.INSTALL_FEATURES);
        features.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(620, 180).applyTo(features.getTable());
        column(UiMessages.column_name, 300, PluginFeature::name);
        column(UiMessages.column_version, 150, PluginFeature::version);
        column(UiMessages.column_provider, 140, PluginFeature::provider);
        features.setContentProvider(ArrayContentProvider.getInstance());
        features.addCheckStateListener(e -> updateButtons());
        features.addSelectionChangedListener(e -> {
            Object chosen = e.getStructuredSelection().getFirstElement();
            if (chosen instanceof PluginFeature feature && !feature.description().isEmpty()) {
                setMessage(feature.description());
            }
        });
        return area;
    }

    private void column(String title, int width, java.util.function.Function<PluginFeature, String> text) {
        TableViewerColumn column = new TableViewerColumn(features, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PluginFeature) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, UiMessages.install_button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(UiMessages.install_chooseFolder);
        String chosen = dialog.open();
        if (chosen != null) {
            read(chosen);
        }
    }

    private void chooseArchive() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.zip;*.jar" }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { UiMessages.install_archiveFilter });
        String chosen = dialog.open();
        if (chosen != null) {
            read(chosen);
        }
    }

    /** Reads the repository's offer in a job: loading a large repository or archive takes seconds. */
    private void read(String path) {
        location.setText(path);
        features.setInput(List.of());
        repository = null;
        updateButtons();
        URI uri;
        try {
            uri = PluginManager.repositoryLocation(Path.of(path));
        } catch (PluginException e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
            return;
        }
        setMessage(NLS.bind(UiMessages.install_loading, path));
        if (reading != null) {
            reading.cancel();
        }
        reading = Job.create(NLS.bind(UiMessages.install_loading, path), (IProgressMonitor monitor) -> {
            List<PluginFeature> offered;
            String problem = null;
            try {
                offered = manager.available(uri, monitor);
            } catch (PluginException e) {
                offered = List.of();
                problem = e.details();
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            List<PluginFeature> result = offered;
            String error = problem;
            getShell().getDisplay().asyncExec(() -> shown(uri, result, error));
            return Status.OK_STATUS;
        });
        reading.schedule();
    }

    private void shown(URI uri, List<PluginFeature> offered, String problem) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        features.setInput(offered);
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
        } else if (offered.isEmpty()) {
            setMessage(UiMessages.install_none, IMessageProvider.WARNING);
        } else {
            repository = uri;
            features.setCheckedElements(offered.size() == 1 ? offered.toArray() : new Object[0]);
            setMessage(UiMessages.install_choose);
        }
        updateButtons();
    }

    private void updateButtons() {
        Button install = getButton(IDialogConstants.OK_ID);
        if (install != null) {
            install.setEnabled(repository != null && features.getCheckedElements().length > 0);
        }
    }

    @Override
    protected void okPressed() {
        List<String> chosen = Arrays.stream(features.getCheckedElements()).map(e -> ((PluginFeature) e).id()).toList();
        boolean[] changed = { false };
        PluginUi.schedule(PluginJobs.install(manager, repository, chosen, PluginUi.recordChange(changed)), changed);
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (reading != null) {
            reading.cancel();
        }
        return super.close();
    }
}
