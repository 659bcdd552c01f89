package io.clientbench.analysis.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.ParameterDescriptor;
import io.clientbench.analysis.ParameterType;
import io.clientbench.analysis.Parameters;
import io.clientbench.ui.WidgetIds;

/**
 * The settings form generated from an analysis's parameter declarations: a text field per number, date or text
 * parameter, a list per boolean (yes/no) or choice (the choices' labels), each starting at the value last used (kept in this bundle's preferences per
 * analysis) or the declared default. Every edit is checked by the parameter's own parser; a bad value is marked on its
 * field and its translated message, which names the parameter, is reported to the editor.
 */
final class SettingsForm {

    private static final String PREFERENCES = "io.clientbench.analysis.ui";

    /**
     * One parameter's control and how to read and set its value as the parameter's text: a list shows labels but
     * gives the value, and a date shows {@code today} as the translated word but keeps {@code today}.
     */
    private record Field(ParameterDescriptor parameter, Control control, ControlDecoration error) {
        String text() {
            if (control instanceof Combo combo) {
                int index = combo.getSelectionIndex();
                return parameter.type() == ParameterType.BOOLEAN ? (index == 0 ? "true" : "false")
                        : parameter.choices().get(Math.max(0, index)).value();
            }
            String text = ((Text) control).getText().trim();
            return parameter.type() == ParameterType.DATE && text.equalsIgnoreCase(ParameterDescriptor.todayLabel()) ? ParameterDescriptor.TODAY : text;
        }

        void set(String value) {
            if (control instanceof Combo combo) {
                if (parameter.type() == ParameterType.BOOLEAN) {
                    combo.select("true".equalsIgnoreCase(value) ? 0 : 1);
                } else {
                    List<ParameterDescriptor.Choice> choices = parameter.choices();
                    int index = choices.stream().map(ParameterDescriptor.Choice::value).toList().indexOf(parameter.parse(value, LocalDate.now()));
                    combo.select(Math.max(0, index));
                }
            } else if (parameter.type() == ParameterType.DATE && ParameterDescriptor.TODAY.equalsIgnoreCase(value)) {
                ((Text) control).setText(ParameterDescriptor.todayLabel());
            } else {
                ((Text) control).setText(value == null ? "" : value);
            }
        }
    }

    private final AnalysisDescriptor analysis;
    private final List<Field> fields = new ArrayList<>();
    private final Runnable changed;

    /** @param changed told after every edit (the editor then reads {@link #problems()}) */
    SettingsForm(Composite parent, FormToolkit toolkit, AnalysisDescriptor analysis, Runnable changed) {
        this.analysis = analysis;
        this.changed = changed;
        // two label/field pairs a row: RFM has 14 parameters and the result should still be in view
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 6).applyTo(parent);
        Map<String, String> saved = saved();
        String decorationId = FieldDecorationRegistry.DEC_ERROR;
        for (ParameterDescriptor parameter : analysis.parameters()) {
            toolkit.createLabel(parent, parameter.label());
            Control control;
            if (parameter.type() == ParameterType.BOOLEAN || parameter.type() == ParameterType.CHOICE) {
                Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setItems(parameter.type() == ParameterType.BOOLEAN ? new String[] { AnalysisUiMessages.boolean_yes, AnalysisUiMessages.boolean_no }
                        : parameter.choices().stream().map(ParameterDescriptor.Choice::label).toArray(String[]::new));
                combo.addListener(SWT.Selection, e -> validate());
                control = combo;
            } else {
                int align = parameter.type() == ParameterType.INTEGER || parameter.type() == ParameterType.DECIMAL ? SWT.RIGHT : SWT.LEFT;
                Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER | align);
                if (parameter.type() == ParameterType.DATE) {
                    text.setMessage(AnalysisUiMessages.date_hint);
                }
                text.addListener(SWT.Modify, e -> validate());
                control = text;
            }
            control.setData(WidgetIds.KEY, WidgetIds.ANALYSIS_PARAMETER_PREFIX + parameter.id());
            GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).indent(8, 0).applyTo(control);
            ControlDecoration error = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
            error.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(decorationId).getImage());
            error.hide();
            Field field = new Field(parameter, control, error);
            try {
                field.set(saved.getOrDefault(parameter.id(), parameter.defaultValue()));
            } catch (IllegalArgumentException e) { // a kept choice the plugin no longer offers: its default
                field.set(parameter.defaultValue());
            }
            fields.add(field);
        }
        validate();
    }

    /** The values as the form shows them (valid or not). */
    Parameters parameters() {
        Parameters parameters = Parameters.defaults(analysis, LocalDate.now());
        for (Field field : fields) {
            parameters = parameters.with(field.parameter().id(), field.text());
        }
        return parameters;
    }

    /** The translated problems of the shown values, each naming its parameter; empty when all are valid. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Field field : fields) {
            try {
                field.parameter().parse(field.text(), LocalDate.now());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    void restoreDefaults() {
        fields.forEach(f -> f.set(f.parameter().defaultValue()));
        validate();
    }

    /** Keeps the values for the next time the analysis is opened (after a run, so only values that ran are kept). */
    void remember() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
        for (Field field : fields) {
            String key = analysis.id() + "/" + field.parameter().id();
            if (field.text().equals(field.parameter().defaultValue())) {
                node.remove(key);
            } else {
                node.put(key, field.text());
            }
        }
        try {
            node.flush();
        } catch (Exception e) { // BackingStoreException: the values just are not kept
            org.eclipse.core.runtime.ILog.of(SettingsForm.class).log(org.eclipse.core.runtime.Status.warning(e.getMessage(), e));
        }
    }

    private Map<String, String> saved() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
        Map<String, String> values = new LinkedHashMap<>();
        for (ParameterDescriptor parameter : analysis.parameters()) {
            String value = node.get(analysis.id() + "/" + parameter.id(), null);
            if (value != null) {
                values.put(parameter.id(), value);
            }
        }
        return values;
    }

    private void validate() {
        for (Field field : fields) {
            try {
                field.parameter().parse(field.text(), LocalDate.now());
                field.error().hide();
            } catch (IllegalArgumentException e) {
                field.error().setDescriptionText(e.getMessage());
                field.error().show();
            }
        }
        changed.run();
    }
}
