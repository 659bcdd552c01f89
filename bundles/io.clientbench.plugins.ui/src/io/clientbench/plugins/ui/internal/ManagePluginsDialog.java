package io.clientbench.plugins.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.clientbench.plugins.PluginException;
import io.clientbench.plugins.PluginFeature;
import io.clientbench.plugins.PluginJobs;
import io.clientbench.plugins.PluginManager;
import io.clientbench.ui.WidgetIds;

/**
 * Help › Manage Plugins: the installed plugins with their versions; Update (the selected ones, or all through Check
 * for Updates) and Uninstall run as user jobs after the dialog closes, then offer a restart.
 */
final class ManagePluginsDialog extends TitleAreaDialog {

    private final PluginManager manager;
    private TableViewer table;
    private Button update, uninstall;

    ManagePluginsDialog(Shell parent, PluginManager manager) {
        super(parent);
        this.manager = manager;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.manage_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(UiMessages.manage_title);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setData(WidgetIds.KEY, PluginUi.MANAGE_TABLE);
        table.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(table.getTable());
        column(UiMessages.column_name, 280, PluginFeature::name);
        column(UiMessages.column_version, 150, PluginFeature::version);
        column(UiMessages.column_provider, 120, PluginFeature::provider);
        column(UiMessages.column_id, 220, PluginFeature::id);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addSelectionChangedListener(e -> updateButtons());

        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        update = button(buttons, UiMessages.manage_update, PluginUi.MANAGE_UPDATE, this::updateSelected);
        Button updateAll = button(buttons, UiMessages.manage_updateAll, PluginUi.MANAGE_UPDATE_ALL, () -> runAndClose(done -> PluginJobs.update(manager, List.of(), done)));
        uninstall = button(buttons, UiMessages.manage_uninstall, PluginUi.MANAGE_UNINSTALL, this::uninstallSelected);

        try {
            List<PluginFeature> installed = manager.installed();
            table.setInput(installed);
            setMessage(installed.isEmpty() ? UiMessages.manage_none : UiMessages.manage_message);
            updateAll.setEnabled(!installed.isEmpty());
        } catch (PluginException e) {
            table.setInput(List.of());
            setMessage(e.getMessage(), IMessageProvider.ERROR);
            updateAll.setEnabled(false);
        }
        updateButtons();
        return area;
    }

    private void column(String title, int width, Function<PluginFeature, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PluginFeature) element);
            }
        });
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private List<PluginFeature> selected() {
        return table.getStructuredSelection().stream().map(PluginFeature.class::cast).toList();
    }

    private void updateButtons() {
        boolean any = !table.getStructuredSelection().isEmpty();
        update.setEnabled(any);
        uninstall.setEnabled(any);
    }

    private void updateSelected() {
        List<PluginFeature> plugins = selected();
        runAndClose(done -> PluginJobs.update(manager, plugins, done));
    }

    private void uninstallSelected() {
        List<PluginFeature> plugins = selected();
        if (MessageDialog.openConfirm(getShell(), UiMessages.manage_confirmUninstall_title,
                NLS.bind(UiMessages.manage_confirmUninstall, PluginJobs.describe(plugins)))) {
            runAndClose(done -> PluginJobs.uninstall(manager, plugins, done));
        }
    }

    /** Closes the dialog and runs the job; what it changed shows after the restart it offers. */
    private void runAndClose(Function<Consumer<List<PluginFeature>>, Job> job) {
        boolean[] changed = { false };
        PluginUi.schedule(job.apply(PluginUi.recordChange(changed)), changed);
        close();
    }
}
