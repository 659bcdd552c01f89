package io.clientbench.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values one computation runs with: the extension's defaults, overridden by what the user set in the
 * settings form. Values are kept as text (as preferences keep them) and parsed by their declared type on access.
 */
public final class Parameters {

    private final Map<String, ParameterDescriptor> declared = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final LocalDate today;

    private Parameters(List<ParameterDescriptor> parameters, Map<String, String> values, LocalDate today) {
        parameters.forEach(p -> declared.put(p.id(), p));
        this.values.putAll(values);
        this.today = today;
    }

    /** The declared defaults; {@code today} is what a {@code today} date stands for. */
    public static Parameters defaults(AnalysisDescriptor analysis, LocalDate today) {
        return defaults(analysis.parameters(), today);
    }

    public static Parameters defaults(List<ParameterDescriptor> parameters, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.id(), p.defaultValue() == null ? "" : p.defaultValue()));
        return new Parameters(parameters, values, today);
    }

    /** A copy with one value changed. @throws IllegalArgumentException for a parameter the analysis does not declare */
    public Parameters with(String id, String value) {
        descriptor(id);
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(id, value);
        return new Parameters(List.copyOf(declared.values()), changed, today);
    }

    /** The values as text, by parameter id (what a settings form shows and preferences store). */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether these are the parameters the analysis declares (by id), and not another analysis's. */
    public boolean belongTo(AnalysisDescriptor analysis) {
        return declared.keySet().equals(analysis.parameters().stream().map(ParameterDescriptor::id).collect(java.util.stream.Collectors.toSet()));
    }

    /** The translated problems of values that do not fit their type; empty when all do. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ParameterDescriptor p : declared.values()) {
            try {
                p.parse(values.get(p.id()), today);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    public long integer(String id) {
        return (Long) parse(id, ParameterType.INTEGER);
    }

    public BigDecimal decimal(String id) {
        return (BigDecimal) parse(id, ParameterType.DECIMAL);
    }

    public LocalDate date(String id) {
        return (LocalDate) parse(id, ParameterType.DATE);
    }

    /** A text parameter's value, or a choice parameter's chosen value (as declared, not its label). */
    public String text(String id) {
        return (String) parse(id, descriptor(id).type() == ParameterType.CHOICE ? ParameterType.CHOICE : ParameterType.TEXT);
    }

    public boolean bool(String id) {
        return (Boolean) parse(id, ParameterType.BOOLEAN);
    }

    private Object parse(String id, ParameterType type) {
        ParameterDescriptor p = descriptor(id);
        if (p.type() != type) {
            throw new IllegalArgumentException("parameter " + id + " is " + p.type() + ", not " + type);
        }
        return p.parse(values.get(id), today);
    }

    private ParameterDescriptor descriptor(String id) {
        ParameterDescriptor p = declared.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + id);
        }
        return p;
    }
}
