package com.example.clientbench.dormant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.Template;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * Dormant customers: those with at least one deal up to the analysis date whose latest deal is older than the dormant
 * period. Uses only Clientbench's published API ({@code io.clientbench.analysis}, {@code io.clientbench.analysis.dataset}):
 * the dataset's deal dates as epoch days in one array, each deal's customer row in another.
 */
public class DormantCustomersAnalysis implements Analysis {

    public static final String TABLE_DORMANT = "dormant", RULE_DORMANT = "dormant";

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long dormantDays = parameters.integer("dormantDays");
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");

        // the latest deal day of each customer row, up to the analysis date
        int[] last = new int[customers.size()];
        Arrays.fill(last, DataTable.NO_DATE);
        int[] owners = deals.ownerRows();
        int[] days = deals.dates("date");
        for (int d = 0, size = deals.size(); d < size; d++) {
            int day = days[d];
            if (owners[d] >= 0 && day != DataTable.NO_DATE && day <= asOf && day > last[owners[d]]) {
                last[owners[d]] = day;
            }
        }

        long[] ids = customers.ids();
        Template rule = Template.of(DormantMessages.rule);
        String asOfText = LocalDate.ofEpochDay(asOf).toString();
        List<List<Object>> rows = new ArrayList<>();
        AnalysisResult.Builder result = AnalysisResult.builder();
        int buying = 0, longest = 0;
        for (int row = 0; row < last.length; row++) {
            if (last[row] == DataTable.NO_DATE) {
                continue;
            }
            buying++;
            int silent = asOf - last[row];
            if (silent > dormantDays) {
                longest = Math.max(longest, silent);
                rows.add(List.of(ids[row], LocalDate.ofEpochDay(last[row]).toString(), silent));
                result.score(new Score(ids[row], null, null, DormantMessages.tagDormant, RULE_DORMANT, rule.fill(silent, asOfText, dormantDays)));
            }
        }
        rows.sort((a, b) -> Integer.compare((Integer) b.get(2), (Integer) a.get(2)));
        result.table(new AnalysisResult.Table(TABLE_DORMANT, DormantMessages.tableDormant,
                List.of(DormantMessages.colCustomer, DormantMessages.colLastDeal, DormantMessages.colDays), rows));
        if (rows.isEmpty()) {
            return result.conclusion(NLS.bind(DormantMessages.conclusionNone, dormantDays), "", "").build();
        }
        return result.conclusion(
                NLS.bind(DormantMessages.conclusion, new Object[] { rows.size(), buying, Figures.percent(rows.size(), buying), dormantDays }),
                NLS.bind(DormantMessages.diagnosis, longest), DormantMessages.action).build();
    }
}
