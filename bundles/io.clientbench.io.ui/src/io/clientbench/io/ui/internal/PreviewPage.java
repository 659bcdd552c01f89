package io.clientbench.io.ui.internal;

import java.util.ArrayList;
import java.util.List;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.clientbench.core.navigator.ValueText;
import io.clientbench.io.SourceTable;
import io.clientbench.io.importing.ImportMode;
import io.clientbench.io.importing.ImportProblem;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.Importer;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;

/**
 * Page 3: every row checked as the import will check it ({@link Importer#check}, in a job, nothing written): the counts,
 * each problem with its row, column, field and reason, the first good rows as they will be stored, and what to do with
 * the bad rows.
 */
final class PreviewPage extends WizardPage {

    private static final int PREVIEW_ROWS = 20;

    private final ImportWizard wizard;
    private final AtomicInteger checks = new AtomicInteger();
    private Label counts;
    private Table problems;
    private Table preview;
    private Button allOrNothing;
    private Button validOnly;

    PreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(IoUiMessages.preview_title);
        setDescription(IoUiMessages.preview_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().spacing(6, 6).applyTo(page);
        counts = new Label(page, SWT.WRAP);
        counts.setData(WidgetIds.KEY, WidgetIds.IMPORT_COUNTS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);

        new Label(page, SWT.NONE).setText(IoUiMessages.preview_problems);
        problems = table(page, WidgetIds.IMPORT_PROBLEMS, 110);
        for (String[] column : new String[][] { { IoUiMessages.preview_row, "60" }, { IoUiMessages.preview_column, "130" },
                { IoUiMessages.preview_field, "130" }, { IoUiMessages.preview_reason, "420" } }) {
            TableColumn c = new TableColumn(problems, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }

        new Label(page, SWT.NONE).setText(IoUiMessages.preview_firstRows);
        preview = table(page, WidgetIds.IMPORT_PREVIEW, 110);

        Composite mode = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(mode);
        new Label(mode, SWT.NONE).setText(IoUiMessages.preview_mode);
        allOrNothing = radio(mode, IoUiMessages.preview_allOrNothing, WidgetIds.IMPORT_ALL_OR_NOTHING, ImportMode.ALL_OR_NOTHING);
        validOnly = radio(mode, IoUiMessages.preview_validOnly, WidgetIds.IMPORT_VALID_ONLY, ImportMode.VALID_ROWS_ONLY);
        setControl(page);
    }

    private static Table table(Composite parent, String id, int height) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetIds.KEY, id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(table);
        return table;
    }

    private Button radio(Composite parent, String text, String id, ImportMode mode) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                wizard.mode = mode;
            }
        });
        return button;
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            allOrNothing.setSelection(wizard.mode == ImportMode.ALL_OR_NOTHING);
            validOnly.setSelection(wizard.mode == ImportMode.VALID_ROWS_ONLY);
            check();
        }
        super.setVisible(visible);
    }

    /** Checks every row in a job; the page completes when at least one row can be imported. */
    private void check() {
        int mine = checks.incrementAndGet();
        setPageComplete(false);
        setErrorMessage(null);
        problems.removeAll();
        preview.removeAll();
        SourceTable table = wizard.file.table();
        ImportProfile profile = wizard.profile;
        counts.setText(IoUiMessages.format(IoUiMessages.preview_checking, table.rows().size()));
        Display display = getShell().getDisplay();
        Job job = Job.create(IoUiMessages.preview_job, monitor -> {
            try {
                Importer.Checked checked = new Importer(wizard.records, wizard.schema).check(table, profile,
                        new MonitorProgress(monitor, IoUiMessages.preview_job, 1));
                display.asyncExec(() -> show(mine, checked, null));
            } catch (StoreException e) {
                display.asyncExec(() -> show(mine, null, e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(int check, Importer.Checked checked, String error) {
        if (check != checks.get() || counts.isDisposed()) {
            return;
        }
        if (checked == null) {
            counts.setText("");
            setErrorMessage(IoUiMessages.format(IoUiMessages.preview_failed, error));
            return;
        }
        int bad = checked.rows() - checked.good().size();
        counts.setText(IoUiMessages.format(IoUiMessages.preview_counts, checked.rows(), checked.good().size(), bad));
        Locale locale = Locale.getDefault();
        for (ImportProblem problem : checked.problems()) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { Integer.toString(problem.row()), problem.column() == null ? "" : problem.column(),
                    problem.field().text(locale), problem.reason(locale) });
        }
        fillPreview(checked);
        setErrorMessage(checked.good().isEmpty() ? IoUiMessages.preview_noneValid : null);
        setPageComplete(!checked.good().isEmpty());
        counts.getParent().layout(true);
    }

    /** The first good rows: the row number, new or update, and each mapped field as the navigator will show it. */
    private void fillPreview(Importer.Checked checked) {
        for (TableColumn column : preview.getColumns()) {
            column.dispose();
        }
        EntitySchema entity = wizard.schema.entity(wizard.profile.entity()).orElseThrow();
        List<FieldDescriptor> shown = new ArrayList<>();
        wizard.file.table().header().forEach(header -> {
            String field = wizard.profile.columns().get(header);
            if (field != null) {
                entity.field(field).ifPresent(shown::add);
            }
        });
        addColumn(IoUiMessages.preview_row, 50);
        addColumn(IoUiMessages.preview_action, 60);
        shown.forEach(field -> addColumn(field.label().text(), 120));
        Locale locale = Locale.getDefault();
        FieldDescriptor state = wizard.schema.entity("PendingField").flatMap(e -> e.field("state")).orElse(null);
        for (Importer.CheckedRow row : checked.good().stream().limit(PREVIEW_ROWS).toList()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.row()),
                    row.id() == null ? IoUiMessages.preview_new : IoUiMessages.preview_update));
            for (FieldDescriptor field : shown) {
                String pending = row.pending().get(field.name());
                Object value = row.values().get(field.name());
                if (pending != null) { // a 待确认/待补充 mark is kept as a PendingField record, not as the value
                    cells.add(state == null ? pending : ValueText.literal(state, pending, locale));
                } else {
                    cells.add(value == null ? "" : ValueText.of(field, value, locale));
                }
            }
            new TableItem(preview, SWT.NONE).setText(cells.toArray(String[]::new));
        }
    }

    private void addColumn(String title, int width) {
        TableColumn column = new TableColumn(preview, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }
}
