package io.clientbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.clientbench.store.DataLocation;
import io.clientbench.ui.ClientbenchPreferences;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.internal.UiMessages;

/**
 * Window &gt; Preferences &gt; Clientbench: the ICE priority thresholds, the name the user is known by as an owner, the
 * language of the next start, and where the data lives (set outside the running workbench, so shown, not edited).
 */
public class ClientbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private IntegerFieldEditor high;
    private IntegerFieldEditor medium;

    public ClientbenchPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ClientbenchPreferences.QUALIFIER));
        setDescription(UiMessages.preferences_description);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        high = new IntegerFieldEditor(ClientbenchPreferences.ICE_HIGH, UiMessages.preferences_iceHigh, parent, 3);
        high.setValidRange(2, 125);
        high.getTextControl(parent).setData(WidgetIds.KEY, WidgetIds.PREFERENCES_ICE_HIGH);
        addField(high);
        medium = new IntegerFieldEditor(ClientbenchPreferences.ICE_MEDIUM, UiMessages.preferences_iceMedium, parent, 3);
        medium.setValidRange(1, 124);
        medium.getTextControl(parent).setData(WidgetIds.KEY, WidgetIds.PREFERENCES_ICE_MEDIUM);
        addField(medium);
        StringFieldEditor userName = new StringFieldEditor(ClientbenchPreferences.USER_NAME, UiMessages.preferences_userName, parent);
        userName.getTextControl(parent).setMessage(System.getProperty("user.name"));
        userName.getTextControl(parent).setData(WidgetIds.KEY, WidgetIds.PREFERENCES_USER_NAME);
        addField(userName);
        addField(new ComboFieldEditor(ClientbenchPreferences.LANGUAGE, UiMessages.preferences_language, new String[][] {
                { UiMessages.preferences_languageSystem, "" }, { "中文", "zh" }, { "English", "en" } }, parent));
        note(parent, UiMessages.preferences_languageNote);
        note(parent, NLS.bind(UiMessages.preferences_dataFolder, DataLocation.dataFolder()));
    }

    private static void note(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 6).applyTo(label);
    }

    /** The medium threshold must stay below the high one, or no need could be medium. */
    @Override
    protected void checkState() {
        super.checkState();
        if (isValid() && medium.getIntValue() >= high.getIntValue()) {
            setErrorMessage(UiMessages.preferences_iceOrder);
            setValid(false);
        }
    }

    @Override
    public void propertyChange(org.eclipse.jface.util.PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getProperty().equals(org.eclipse.jface.preference.FieldEditor.VALUE)) {
            checkState();
        }
    }
}
