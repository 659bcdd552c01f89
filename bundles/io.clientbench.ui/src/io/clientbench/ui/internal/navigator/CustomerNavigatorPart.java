package io.clientbench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.clientbench.core.navigator.CustomerNavigator;
import io.clientbench.core.navigator.CustomerRows;
import io.clientbench.core.navigator.NavigatorQuery;
import io.clientbench.core.navigator.SavedView;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import io.clientbench.ui.ClientbenchPreferences;
import io.clientbench.ui.CustomerEvents;
import io.clientbench.ui.CustomerSelection;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiLog;
import io.clientbench.ui.internal.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The customer navigator: every customer of the branch in a virtual table, with a saved view, grouping and search.
 * Loading and each query run off the UI thread ({@link CustomerNavigator} in core); the newest query wins.
 */
public class CustomerNavigatorPart {

    public static final String ID = "io.clientbench.ui.views.navigator";

    @Inject
    private RecordRepository records;
    @Inject
    private SchemaRegistry schemas;
    /** Where the navigator's {@link CustomerSelection} is put for the window's other views. */
    @Inject
    private MWindow window;

    private final ExecutorService queries = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Customer navigator queries");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger generation = new AtomicInteger();
    private volatile CustomerNavigator navigator;
    private NavigatorQuery query = NavigatorQuery.all().withUser(ClientbenchPreferences.userName());
    private Text search;
    private Combo views;
    private Combo grouping;
    private CustomerTable table;
    private Label status;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).spacing(6, 6).applyTo(parent);

        views = new Combo(parent, SWT.READ_ONLY);
        views.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_VIEWS);
        for (SavedView view : SavedView.values()) {
            views.add(NavigatorLabels.of(view));
        }
        views.select(0);
        views.addListener(SWT.Selection, e -> run(query.withView(SavedView.values()[views.getSelectionIndex()]).withUser(ClientbenchPreferences.userName())));

        grouping = new Combo(parent, SWT.READ_ONLY);
        grouping.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_GROUPING);
        grouping.addListener(SWT.Selection, e -> {
            int index = grouping.getSelectionIndex();
            run(query.withGroup(index <= 0 ? null : CustomerNavigator.GROUP_FIELDS.get(index - 1)));
        });

        GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(views);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(grouping);

        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(UiMessages.navigator_searchHint);
        search.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_SEARCH);
        search.addModifyListener(e -> run(query.withSearch(search.getText())));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);

        Button columnsButton = new Button(parent, SWT.PUSH);
        columnsButton.setText(UiMessages.navigator_columns);
        columnsButton.setToolTipText(UiMessages.navigator_columnsTooltip);
        columnsButton.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_COLUMNS);
        columnsButton.addListener(SWT.Selection, e -> chooseColumns());

        table = new CustomerTable(parent, (field, ascending) -> run(query.withSort(field, ascending)), new CustomerTable.HeaderActions() {
            @Override
            public void filterBy(String field) {
                filterByColumn(field);
            }

            @Override
            public void chooseColumns() {
                CustomerNavigatorPart.this.chooseColumns();
            }
        });
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.control());
        table.onSelection(this::publishSelection);

        status = new Label(parent, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_STATUS);
        status.setText(UiMessages.navigator_loading);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        load();
    }

    /** Loads the shown columns of every customer in a job (the Progress view shows it), then shows them. */
    private void load() {
        Display display = status.getDisplay();
        EntitySchema customer = schemas.schema().customer();
        List<String> columns = columns(customer);
        grouping.setItems(groupingLabels(customer));
        grouping.select(0);
        table.setColumns(customer, columns);
        grouping.getParent().layout(true);
        Job.create(UiMessages.navigator_loading, monitor -> {
            try {
                List<String> fields = CustomerNavigator.fieldsToLoad(customer, columns);
                CustomerRows.Builder rows = CustomerRows.builder(fields);
                records.scan("Customer", fields, rows::add);
                navigator = new CustomerNavigator(customer, rows.build().withColumn(CustomerNavigator.TAGS, tagNames()), columns, Locale.getDefault());
                display.asyncExec(() -> run(query));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                UiLog.error(e.getMessage(), e);
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getLocalizedMessage());
                    }
                });
                return Status.error(e.getLocalizedMessage(), e);
            }
        }).schedule();
    }

    /** The columns the user chose, or the defaults and the fields the admin added; never a hidden field. */
    static List<String> columns(EntitySchema customer) {
        return ClientbenchPreferences.columnChoice().columns(customer);
    }

    /** Starts a word restricted to the column: "label:" (or "name:" when the label has a space), cursor after it. */
    private void filterByColumn(String field) {
        String label = schemas.schema().customer().field(field).map(f -> f.label().text()).orElse(field);
        String word = (label.contains(" ") ? field : label) + ":";
        String text = search.getText().strip();
        search.setText(text.isEmpty() ? word : text + " " + word);
        search.setFocus();
        search.setSelection(search.getText().length());
    }

    /** Columns…: the chooser over every shown field; the choice is kept and the navigator reloads with it. */
    private void chooseColumns() {
        MergedSchema schema = schemas.schema();
        ColumnChooserDialog dialog = new ColumnChooserDialog(status.getShell(), schema, columns(schema.customer()));
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            ClientbenchPreferences.setColumnChoice(dialog.choice());
            navigator = null;
            load();
        }
    }

    private static String[] groupingLabels(EntitySchema customer) {
        List<String> labels = new ArrayList<>(List.of(UiMessages.navigator_noGrouping));
        for (String field : CustomerNavigator.GROUP_FIELDS) {
            labels.add(NLS.bind(UiMessages.navigator_groupBy,
                    customer.field(field).map(f -> f.label().text()).orElse(field)));
        }
        return labels.toArray(String[]::new);
    }

    private void run(NavigatorQuery next) {
        query = next;
        CustomerNavigator current = navigator;
        if (current == null) {
            return;
        }
        int mine = generation.incrementAndGet();
        Display display = status.getDisplay();
        queries.execute(() -> {
            CustomerNavigator.Result result = current.query(next);
            display.asyncExec(() -> {
                if (mine == generation.get() && !status.isDisposed()) {
                    table.show(current, result);
                    publishSelection();
                    status.setText(NLS.bind(UiMessages.navigator_status, String.format("%,d", result.size()),
                            String.format("%,d", current.rows().size())));
                }
            });
        });
    }

    /** Puts what is shown and selected in the window's context, for views that act on the navigator's customers. */
    private void publishSelection() {
        if (window.getContext() != null) {
            window.getContext().set(CustomerSelection.class, new CustomerSelection(query.search(), table.shownIds(), table.selectedIds()));
        }
    }

    @Inject
    @Optional
    void customerSaved(@UIEventTopic(CustomerEvents.SAVED) StoredRecord record) {
        CustomerNavigator current = navigator;
        if (current != null && table != null && !status.isDisposed()) {
            navigator = current.with(current.rows().with(record.id(), record.version(), record.values()));
            run(query);
        }
    }

    @Inject
    @Optional
    void schemaChanged(@UIEventTopic(CustomerEvents.SCHEMA_CHANGED) Object ignored) {
        reload();
    }

    @Inject
    @Optional
    void imported(@UIEventTopic(CustomerEvents.IMPORTED) Object batch) {
        reload();
    }

    /** Tags written in bulk (an analysis's write-back): read the tag names again, keep the rest. */
    @Inject
    @Optional
    void tagsChanged(@UIEventTopic(CustomerEvents.TAGS_CHANGED) Object analysisId) {
        if (navigator == null || status.isDisposed()) {
            return;
        }
        Display display = status.getDisplay();
        Job.create(UiMessages.navigator_loading, monitor -> {
            try {
                Map<Long, String> names = tagNames();
                display.asyncExec(() -> {
                    CustomerNavigator current = navigator;
                    if (current != null && !status.isDisposed()) {
                        navigator = current.with(current.rows().withColumn(CustomerNavigator.TAGS, names));
                        run(query);
                    }
                });
                return Status.OK_STATUS;
            } catch (StoreException e) {
                UiLog.error(e.getMessage(), e);
                return Status.error(e.getLocalizedMessage(), e);
            }
        }).schedule();
    }

    /** The names of each customer's Tag records, joined by blanks (the navigator's tag column). */
    private Map<Long, String> tagNames() throws StoreException {
        Map<Long, String> names = new HashMap<>();
        boolean readable = schemas.schema().entity("Tag").flatMap(tag -> tag.field("name")).filter(f -> !f.hidden()).isPresent();
        if (readable) {
            records.scan("Tag", List.of(RecordRepository.OWNER, "name"), (id, version, values) -> {
                if (values[0] instanceof Number owner && values[1] != null) {
                    names.merge(owner.longValue(), values[1].toString(), (a, b) -> a + " " + b);
                }
            });
        }
        return names;
    }

    private void reload() {
        if (table != null && !status.isDisposed()) {
            navigator = null;
            load();
        }
    }

    @Focus
    public void setFocus() {
        search.setFocus();
    }

    @PreDestroy
    void dispose() {
        queries.shutdownNow();
    }
}
