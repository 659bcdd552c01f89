package io.clientbench.analysis;

import io.clientbench.analysis.dataset.Dataset;

/**
 * An analysis contributed through the {@value AnalysisRegistry#EXTENSION_POINT} extension point. The registry creates
 * one instance lazily (the first time it is computed) with a no-argument constructor and calls {@link #compute} with
 * the dataset's read lock held, so it must not update the dataset (the write lock would wait for ever). An instance
 * must not keep state between calls: the same one serves every view.
 */
public interface Analysis {

    /**
     * @param dataset    holds at least the fields the extension declares in {@code requiredFields}
     * @param parameters the extension's declared parameters, already checked against their types
     * @return the result; its texts in the platform's language
     * @throws Exception anything: the registry reports it and disables the analysis, the workbench carries on
     */
    AnalysisResult compute(Dataset dataset, Parameters parameters) throws Exception;
}
