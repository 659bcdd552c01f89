package io.clientbench.quality.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.clientbench.ui.WidgetIds;

/**
 * Window &gt; Preferences &gt; Clientbench &gt; Data Quality: when a customer is stale, how soon a major change must be
 * synced, the completeness reported as incomplete, and how similar two names must be to count as duplicates.
 */
public class QualityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Widget ids of the fields, for tests: {@value #WIDGET_PREFIX} + preference key. */
    public static final String WIDGET_PREFIX = "preferences.quality.";

    public QualityPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QualityPreferences.QUALIFIER);
        for (String key : QualityPreferences.KEYS) {
            store.setDefault(key, QualityPreferences.defaultOf(key));
        }
        setPreferenceStore(store);
        setDescription(QualityUiMessages.preferences_description);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        field(parent, QualityPreferences.STALE_DAYS, QualityUiMessages.preferences_staleDays, 1, 3650);
        field(parent, QualityPreferences.MAJOR_CHANGE_HOURS, QualityUiMessages.preferences_majorChangeHours, 1, 720);
        field(parent, QualityPreferences.COMPLETENESS_PERCENT, QualityUiMessages.preferences_completeness, 0, 100);
        field(parent, QualityPreferences.SAME_PHONE_SIMILARITY, QualityUiMessages.preferences_samePhoneSimilarity, 50, 100);
        field(parent, QualityPreferences.NAME_SIMILARITY, QualityUiMessages.preferences_nameSimilarity, 50, 100);
        Label note = new Label(parent, SWT.WRAP);
        note.setText(QualityUiMessages.preferences_note);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 6).applyTo(note);
    }

    private void field(Composite parent, String key, String label, int min, int max) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent, 4);
        editor.setValidRange(min, max);
        editor.getTextControl(parent).setData(WidgetIds.KEY, WIDGET_PREFIX + key);
        addField(editor);
    }
}
