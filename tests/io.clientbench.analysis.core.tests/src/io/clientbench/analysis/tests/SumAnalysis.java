package io.clientbench.analysis.tests;

import java.util.List;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;

/** A working test contribution: the sum of the deal amounts at or above a minimum. */
public class SumAnalysis implements Analysis {

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        double minimum = parameters.decimal("minimum").doubleValue();
        var deals = dataset.table("Deal");
        double[] amounts = deals.numbers("amount");
        double sum = 0;
        for (int d = 0; d < deals.size(); d++) {
            if (amounts[d] >= minimum) {
                sum += amounts[d];
            }
        }
        return AnalysisResult.builder().table(new AnalysisResult.Table("sum", "Sum", List.of("Sum"), List.of(List.of(sum)))).build();
    }
}
