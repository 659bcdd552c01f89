package io.clientbench.analysis.tests;

import java.util.concurrent.atomic.AtomicInteger;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/** A plugin bug: its computation throws an Error, which must not escape the registry. */
public class FailingAnalysis implements Analysis {

    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        CALLS.incrementAndGet();
        throw new AssertionError("deliberately broken test analysis");
    }
}
