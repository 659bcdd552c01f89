package io.clientbench.analysis.nps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * Sheet 2's live NPS gauge: NPS = % promoters (ratings 9–10) − % detractors (0–6) on the interactions' 0–10
 * recommendation rating (NPS得分), passives (7–8) counting only in the whole. Each customer counts once, with its
 * latest rating in the window up to the analysis date, so that a customer asked often does not weigh more; a rating
 * without a time counts only when the window is 0 (all ratings), as the customer's oldest. A rating outside 0–10 is
 * not a rating and is skipped. The gauge's bands are the usual reading: below 0, 0–30, 30–70, 70 and more.
 */
public class NpsAnalysis implements Analysis {

    public static final String GAUGE = "nps", SERIES_GROUPS = "groups", TABLE_GROUPS = "groups";
    /** Fewer answers than this make the diagnosis say the score is shaky. */
    static final int FEW = 30;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long window = parameters.integer("windowDays");
        DataTable interactions = dataset.table("Interaction");
        int customers = dataset.customers().size();
        int[] latestDay = new int[customers];
        double[] latest = new double[customers];
        Arrays.fill(latest, Double.NaN);
        Arrays.fill(latestDay, DataTable.NO_DATE);
        int[] owners = interactions.ownerRows();
        int[] days = interactions.dates("time");
        double[] scores = interactions.numbers("npsScore");
        for (int i = 0, size = interactions.size(); i < size; i++) {
            double score = scores[i];
            int owner = owners[i], day = days[i];
            if (owner < 0 || Double.isNaN(score) || score < 0 || score > 10) {
                continue;
            }
            boolean inWindow = day == DataTable.NO_DATE ? window <= 0 : day <= asOf && (window <= 0 || day > asOf - window);
            if (inWindow && (Double.isNaN(latest[owner]) || day >= latestDay[owner])) {
                latest[owner] = score; // a later row on the same day wins: it was recorded later
                latestDay[owner] = day;
            }
        }
        int promoters = 0, passives = 0, detractors = 0;
        for (double score : latest) {
            if (Double.isNaN(score)) {
                continue;
            }
            if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        int n = promoters + passives + detractors;
        if (n == 0) {
            return AnalysisResult.builder().conclusion(NpsMessages.empty, "", NpsMessages.actionEmpty).build();
        }
        double nps = (promoters - detractors) * 100.0 / n;
        String npsText = (nps > 0 ? "+" : "") + Figures.oneDecimal(nps);
        List<String> groups = List.of(NpsMessages.promoters, NpsMessages.passives, NpsMessages.detractors);
        List<Integer> counts = List.of(promoters, passives, detractors);
        List<List<Object>> rows = new ArrayList<>();
        List<String> ranges = List.of("9\u201310", "7\u20138", "0\u20136");
        for (int g = 0; g < 3; g++) {
            rows.add(List.of(groups.get(g), ranges.get(g), counts.get(g), Math.round(counts.get(g) * 1000.0 / n) / 10.0));
        }
        AnalysisResult.Builder result = AnalysisResult.builder()
                .gauge(new AnalysisResult.Gauge(GAUGE, NpsMessages.gaugeName, Math.round(nps * 10) / 10.0, -100, 100, List.of(0.0, 30.0, 70.0),
                        List.of(NpsMessages.bandPoor, NpsMessages.bandGood, NpsMessages.bandGreat, NpsMessages.bandExcellent), npsText))
                .series(new AnalysisResult.Series(SERIES_GROUPS, NpsMessages.seriesGroups, groups, counts.stream().map(Integer::doubleValue).toList()))
                .table(new AnalysisResult.Table(TABLE_GROUPS, NpsMessages.tableGroups, List.of(NpsMessages.colGroup, NpsMessages.colScores, NpsMessages.colCustomers,
                        NpsMessages.colShare), rows));
        String conclusion = NLS.bind(NpsMessages.conclusion, new Object[] { npsText, n, Figures.percent(promoters, n), Figures.percent(passives, n),
                Figures.percent(detractors, n) });
        String diagnosis = nps <= 0 ? NpsMessages.diagnosisPoor : nps < 30 ? NpsMessages.diagnosisGood : nps < 70 ? NpsMessages.diagnosisGreat : NpsMessages.diagnosisExcellent;
        if (n < FEW) {
            diagnosis += " " + NLS.bind(NpsMessages.diagnosisFew, n);
        }
        return result.conclusion(conclusion, diagnosis, NLS.bind(NpsMessages.action, detractors, promoters)).build();
    }
}
