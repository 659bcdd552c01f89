package io.clientbench.analysis.tests;

import java.util.concurrent.atomic.AtomicInteger;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/** Counts its instances, to show the registry creates it on first computation and only once. */
public class LazyAnalysis implements Analysis {

    static final AtomicInteger CREATED = new AtomicInteger();

    public LazyAnalysis() {
        CREATED.incrementAndGet();
    }

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        return AnalysisResult.builder().conclusion("rows " + dataset.customers().size(), "", "").build();
    }
}
