package io.clientbench.visits.ui.internal;

import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import io.clientbench.ui.WidgetIds;
import io.clientbench.visits.core.CadenceRule;
import io.clientbench.visits.core.DefaultRules;
import io.clientbench.visits.core.RuleOverrides;

/**
 * Preferences &gt; Clientbench &gt; Visit Cadences: the sheets' default rules with their period and counts editable in
 * place; kept as overrides of the defaults, so a later version's new defaults still arrive.
 */
public class CadenceRulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    static final String QUALIFIER = "io.clientbench.visits.ui";
    static final String OVERRIDES = "cadence.overrides";

    private final List<CadenceRule> defaults = DefaultRules.all();
    private List<CadenceRule> rules;
    private TableViewer viewer;

    /** The rules in force: the defaults with the admin's changes. */
    static List<CadenceRule> rulesInForce() {
        return RuleOverrides.apply(DefaultRules.all(), Platform.getPreferencesService().getString(QUALIFIER, OVERRIDES, "", null));
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription(VisitMessages.cadence_description);
        rules = new ArrayList<>(rulesInForce());
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
        column(VisitMessages.cadence_rule, 300, r -> r.name().text(), null);
        column(VisitMessages.cadence_period, 80, r -> String.valueOf(r.periodDays()), (r, v) -> r.withCadence(v, r.onSiteVisits(), r.contacts()));
        column(VisitMessages.cadence_onSite, 80, r -> String.valueOf(r.onSiteVisits()), (r, v) -> r.withCadence(r.periodDays(), v, r.contacts()));
        column(VisitMessages.cadence_contacts, 80, r -> String.valueOf(r.contacts()), (r, v) -> r.withCadence(r.periodDays(), r.onSiteVisits(), v));
        viewer.setInput(rules);
        // a click on a number edits it, as does F2 or Tab from the cell before (the usual editable-table keys)
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 300).applyTo(viewer.getTable());
        return body;
    }

    private interface Change {
        CadenceRule apply(CadenceRule rule, int value);
    }

    private void column(String title, int width, java.util.function.Function<CadenceRule, String> text, Change change) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
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
        node.put(OVERRIDES, RuleOverrides.encode(defaults, rules));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage(e.getLocalizedMessage());
            return false;
        }
        return true;
    }
}
