package io.clientbench.visits.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import io.clientbench.ui.WidgetIds;
import io.clientbench.core.navigator.ValueText;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.visits.core.CadenceRule;
import io.clientbench.visits.core.CustomRules;
import io.clientbench.visits.core.DefaultRules;
import io.clientbench.visits.core.RuleOverrides;

/**
 * Preferences &gt; Clientbench &gt; Visit Cadences: the sheets' default rules with their period and counts editable in
 * place, kept as overrides of the defaults (so a later version's new defaults still arrive), and the admin's own rules,
 * each bound to any grade value or tag (Add Rule…).
 */
public class CadenceRulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    static final String QUALIFIER = "io.clientbench.visits.ui";
    static final String OVERRIDES = "cadence.overrides";
    static final String CUSTOM = "cadence.custom";

    private final List<CadenceRule> defaults = DefaultRules.all();
    private List<CadenceRule> rules;
    private TableViewer viewer;
    private EntitySchema customer;
    private Button remove;

    /** The rules in force: the defaults with the admin's changes, then the admin's own rules. */
    static List<CadenceRule> rulesInForce() {
        List<CadenceRule> rules = RuleOverrides.apply(DefaultRules.all(), Platform.getPreferencesService().getString(QUALIFIER, OVERRIDES, "", null));
        rules.addAll(CustomRules.decode(Platform.getPreferencesService().getString(QUALIFIER, CUSTOM, "", null)));
        return rules;
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription(VisitMessages.cadence_description);
        rules = new ArrayList<>(rulesInForce());
        customer = workbench.getService(IEclipseContext.class).get(SchemaRegistry.class).schema().customer();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.VISITS_CADENCE_TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(VisitMessages.cadence_rule, 260, r -> r.name().text(), null);
        column(VisitMessages.cadence_boundTo, 170, this::binding, null);
        column(VisitMessages.cadence_period, 60, r -> String.valueOf(r.periodDays()), (r, v) -> r.withCadence(v, r.onSiteVisits(), r.contacts()));
        column(VisitMessages.cadence_onSite, 60, r -> String.valueOf(r.onSiteVisits()), (r, v) -> r.withCadence(r.periodDays(), v, r.contacts()));
        column(VisitMessages.cadence_contacts, 60, r -> String.valueOf(r.contacts()), (r, v) -> r.withCadence(r.periodDays(), r.onSiteVisits(), v));
        viewer.setInput(rules);
        // a click on a number edits it, as does F2 or Tab from the cell before (the usual editable-table keys)
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        };
        activation.setEnableEditorActivationWithKeyboard(true); // without it F2 never reaches the strategy
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 300).applyTo(viewer.getTable());

        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(VisitMessages.cadence_add);
        add.setData(WidgetIds.KEY, WidgetIds.VISITS_CADENCE_ADD);
        add.addListener(SWT.Selection, e -> addRule());
        remove = new Button(buttons, SWT.PUSH);
        remove.setText(VisitMessages.cadence_remove);
        remove.setEnabled(false);
        remove.addListener(SWT.Selection, e -> removeRule());
        viewer.addSelectionChangedListener(e -> remove.setEnabled(rules.indexOf(viewer.getStructuredSelection().getFirstElement()) >= defaults.size()));
        return body;
    }

    /** What a rule is bound to, in words: "客户分类 = A类" or "标签：重点客户". */
    private String binding(CadenceRule rule) {
        if (rule.tag() != null) {
            return NLS.bind(VisitMessages.cadence_tag, rule.tag());
        }
        return customer.field(rule.field()).map(f -> f.label().text() + " = " + ValueText.literal(f, rule.value(), Locale.getDefault()))
                .orElse(rule.field() + " = " + rule.value());
    }

    private void addRule() {
        AddRuleDialog dialog = new AddRuleDialog(getShell(), customer);
        if (dialog.open() == AddRuleDialog.OK) {
            rules.add(dialog.rule());
            viewer.setInput(rules);
        }
    }

    /** Removes an admin's own rule (the defaults stay; their numbers can be changed). */
    private void removeRule() {
        int index = rules.indexOf(viewer.getStructuredSelection().getFirstElement());
        if (index >= defaults.size()) {
            rules.remove(index);
            viewer.setInput(rules);
            remove.setEnabled(false);
        }
    }

    private interface Change {
        CadenceRule apply(CadenceRule rule, int value);
    }

    private void column(String title, int width, java.util.function.Function<CadenceRule, String> text, Change change) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().pack(); // the whole heading shows
        column.getColumn().setWidth(Math.max(width, column.getColumn().getWidth() + 12));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CadenceRule) element);
            }
        });
        if (change == null) {
            return;
        }
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return text.apply((CadenceRule) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                try {
                    int index = rules.indexOf(element);
                    rules.set(index, change.apply((CadenceRule) element, Integer.parseInt(value.toString().strip())));
                    setErrorMessage(null);
                    viewer.setInput(rules);
                } catch (IllegalArgumentException e) { // not a number, or a period under a day, or a negative count
                    setErrorMessage(VisitMessages.cadence_invalid);
                }
            }
        });
    }

    @Override
    protected void performDefaults() {
        rules = new ArrayList<>(defaults);
        viewer.setInput(rules);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        node.put(OVERRIDES, RuleOverrides.encode(defaults, rules.subList(0, defaults.size())));
        node.put(CUSTOM, CustomRules.encode(rules.subList(defaults.size(), rules.size())));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage(e.getLocalizedMessage());
            return false;
        }
        return true;
    }
}
