package io.clientbench.analysis;

import java.util.List;
import java.util.Optional;

import io.clientbench.analysis.dataset.Dataset;

/**
 * The analyses contributed through {@value #EXTENSION_POINT}, as an OSGi service. Nothing a contribution does (a
 * missing class, a constructor or a computation that throws, even an Error) escapes: the registry logs it, disables
 * that analysis with the reason and returns an outcome with the problem.
 */
public interface AnalysisRegistry {

    String EXTENSION_POINT = "io.clientbench.analysis.core.analyses";

    /** Every contributed analysis, disabled ones too, in contribution order. */
    List<AnalysisDescriptor> analyses();

    Optional<AnalysisDescriptor> analysis(String id);

    /** The qualified fields the enabled analyses need together: what a {@link Dataset} should be built with. */
    List<String> requiredFields();

    /** What a computation gave: a result, or the translated reason there is none. */
    record Outcome(String analysisId, AnalysisResult result, String problem) {
        public boolean ok() {
            return result != null;
        }
    }

    /**
     * Computes an analysis over the dataset (holding its read lock). Invalid parameters or a dataset without a
     * required field give an outcome with the problem and leave the analysis enabled; a failure of the analysis
     * itself disables it.
     */
    Outcome compute(String analysisId, Dataset dataset, Parameters parameters);
}
