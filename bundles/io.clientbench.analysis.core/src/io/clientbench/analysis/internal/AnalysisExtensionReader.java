package io.clientbench.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisDescriptor.Status;
import io.clientbench.analysis.ParameterDescriptor;
import io.clientbench.analysis.ParameterType;

/**
 * Reads one {@code analysis} element into an {@link AnalysisDescriptor}. An incomplete or invalid declaration still
 * gives a descriptor, disabled with the reason, so that it shows up in the list instead of vanishing silently.
 */
final class AnalysisExtensionReader {

    static final String ELEMENT_ANALYSIS = "analysis";
    static final String ELEMENT_PARAMETER = "parameter";
    static final String ATTR_ID = "id";
    static final String ATTR_LABEL = "label";
    static final String ATTR_DESCRIPTION = "description";
    static final String ATTR_CLASS = "class";
    static final String ATTR_INDUSTRY = "industry";
    static final String ATTR_REQUIRED_FIELDS = "requiredFields";
    static final String ATTR_TYPE = "type";
    static final String ATTR_DEFAULT = "default";
    static final String ELEMENT_CHOICE = "choice";
    static final String ATTR_VALUE = "value";

    private AnalysisExtensionReader() {
    }

    static AnalysisDescriptor read(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String id = element.getAttribute(ATTR_ID);
        String label = element.getAttribute(ATTR_LABEL);
        List<String> problems = new ArrayList<>();
        for (String required : List.of(ATTR_ID, ATTR_LABEL, ATTR_CLASS)) {
            if (blank(element.getAttribute(required))) {
                problems.add(NLS.bind(AnalysisMessages.missingAttribute, required));
            }
        }
        List<String> fields = split(element.getAttribute(ATTR_REQUIRED_FIELDS));
        fields.stream().filter(f -> f.indexOf('.') <= 0).forEach(f -> problems.add(NLS.bind(AnalysisMessages.badRequiredField, f)));
        List<ParameterDescriptor> parameters = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren(ELEMENT_PARAMETER)) {
            ParameterDescriptor parameter = parameter(child, problems);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        Status status = problems.isEmpty() ? Status.ENABLED : Status.disabled(String.join(" ", problems));
        return new AnalysisDescriptor(blank(id) ? contributor + "#" + element.hashCode() : id, blank(label) ? id : label,
                nonNull(element.getAttribute(ATTR_DESCRIPTION)), contributor, split(element.getAttribute(ATTR_INDUSTRY)),
                fields, parameters, status);
    }

    private static ParameterDescriptor parameter(IConfigurationElement element, List<String> problems) {
        String id = element.getAttribute(ATTR_ID);
        if (blank(id)) {
            problems.add(NLS.bind(AnalysisMessages.missingAttribute, ELEMENT_PARAMETER + "/" + ATTR_ID));
            return null;
        }
        String typeName = nonNull(element.getAttribute(ATTR_TYPE));
        ParameterType type;
        try {
            type = ParameterType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(NLS.bind(AnalysisMessages.unknownType, id, typeName));
            return null;
        }
        String label = element.getAttribute(ATTR_LABEL);
        List<ParameterDescriptor.Choice> choices = new ArrayList<>();
        for (IConfigurationElement choice : element.getChildren(ELEMENT_CHOICE)) {
            String value = choice.getAttribute(ATTR_VALUE);
            if (blank(value)) {
                problems.add(NLS.bind(AnalysisMessages.missingAttribute, ELEMENT_PARAMETER + "/" + ELEMENT_CHOICE + "/" + ATTR_VALUE));
            } else {
                String choiceLabel = choice.getAttribute(ATTR_LABEL);
                choices.add(new ParameterDescriptor.Choice(value.trim(), blank(choiceLabel) ? value.trim() : choiceLabel));
            }
        }
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            problems.add(NLS.bind(AnalysisMessages.noChoices, id));
            return null;
        }
        ParameterDescriptor parameter = new ParameterDescriptor(id, blank(label) ? id : label, type, nonNull(element.getAttribute(ATTR_DEFAULT)), choices);
        try {
            parameter.parse(parameter.defaultValue(), LocalDate.now());
        } catch (IllegalArgumentException e) {
            problems.add(NLS.bind(AnalysisMessages.badDefault, id, e.getMessage()));
        }
        return parameter;
    }

    /** A list attribute: values separated by commas, | or white space. */
    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,|\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
