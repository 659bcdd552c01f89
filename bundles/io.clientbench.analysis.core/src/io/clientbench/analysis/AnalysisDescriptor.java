package io.clientbench.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One {@code analysis} element of the extension point, read once into typed values. The class is not loaded until
 * the analysis is first computed. A descriptor is disabled, with the reason, when its declaration is incomplete or its
 * class failed to load or to compute; it stays listed so that the user can see what went wrong.
 *
 * @param id             unique id, e.g. {@code io.clientbench.analysis.rfm}
 * @param label          translated label
 * @param description    translated one-line description, may be empty
 * @param contributor    symbolic name of the contributing bundle
 * @param industry       the national-standard industry section(s) it applies to (e.g. {@code E}); empty: any
 * @param requiredFields qualified fields the dataset must hold ({@code Deal.amount})
 * @param parameters     the declared parameters, in order
 */
public record AnalysisDescriptor(String id, String label, String description, String contributor, List<String> industry,
        List<String> requiredFields, List<ParameterDescriptor> parameters, Status status) {

    /** Whether it can be computed, and if not, why not (translated). */
    public record Status(boolean enabled, String reason) {
        public static final Status ENABLED = new Status(true, "");

        public static Status disabled(String reason) {
            return new Status(false, reason);
        }
    }

    public AnalysisDescriptor {
        industry = List.copyOf(industry);
        requiredFields = List.copyOf(requiredFields);
        parameters = List.copyOf(parameters);
    }

    public boolean enabled() {
        return status.enabled();
    }

    /** Whether it applies to customers of an industry section ({@code null}: unknown, only industry-free ones). */
    public boolean appliesTo(String industrySection) {
        return industry.isEmpty() || industry.contains(industrySection);
    }

    public Optional<ParameterDescriptor> parameter(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }

    /** The same descriptor with another status. */
    public AnalysisDescriptor withStatus(Status newStatus) {
        return new AnalysisDescriptor(id, label, description, contributor, industry, requiredFields, parameters, newStatus);
    }
}
