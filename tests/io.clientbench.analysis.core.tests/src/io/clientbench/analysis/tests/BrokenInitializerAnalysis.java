package io.clientbench.analysis.tests;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/** A class that cannot even be initialized (an ExceptionInInitializerError when the registry creates it). */
public class BrokenInitializerAnalysis implements Analysis {

    private static final int DIVISOR = Integer.getInteger("no.such.property.for.sure", 0);
    static final int BROKEN = 1 / DIVISOR;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        return AnalysisResult.builder().build();
    }
}
