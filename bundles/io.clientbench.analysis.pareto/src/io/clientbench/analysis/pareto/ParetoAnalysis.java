package io.clientbench.analysis.pareto;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.Template;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * Pareto, sheet 2's "20 % of customers giving 80 % of profit": customers ranked by revenue (the sum of their deal
 * amounts in the window up to the analysis date); the core customers are the fewest from the top whose revenue
 * together reaches the share (80 % by default). The share of customers is taken among the customers with revenue in
 * the window (the buying customers; dormant records would make any branch look concentrated), and is also given
 * among all customers. The deals' amount stands in for profit, which few records carry.
 */
public class ParetoAnalysis implements Analysis {

    public static final String TABLE_SUMMARY = "summary", TABLE_CORE = "core", SERIES_CURVE = "curve";
    public static final String RULE_CORE = "core", RULE_OTHER = "other";
    /** The core table lists this many customers at most; every customer's rank is in the scores. */
    static final int CORE_TABLE_ROWS = 100;
    /** Rule of thumb the diagnosis compares the customer share with. */
    private static final double CONCENTRATED_PERCENT = 20;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long window = parameters.integer("windowDays");
        double target = parameters.decimal("revenueSharePercent").doubleValue() / 100;
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        int n = customers.size();

        double[] revenue = new double[n];
        int[] owners = deals.ownerRows();
        int[] days = deals.dates("date");
        double[] amounts = deals.numbers("amount");
        for (int d = 0, size = deals.size(); d < size; d++) {
            int day = days[d];
            if (owners[d] >= 0 && day != DataTable.NO_DATE && day <= asOf && (window <= 0 || day > asOf - window) && !Double.isNaN(amounts[d])) {
                revenue[owners[d]] += amounts[d];
            }
        }
        int[] ranked = rank(revenue);
        int buying = ranked.length;
        double total = 0;
        for (int row : ranked) {
            total += revenue[row];
        }
        AnalysisResult.Builder result = AnalysisResult.builder();
        if (buying == 0) {
            return result.conclusion(ParetoMessages.noRevenue, "", "").build();
        }

        double[] cumulative = new double[buying];
        double running = 0;
        int core = 0;
        for (int i = 0; i < buying; i++) {
            running += revenue[ranked[i]];
            cumulative[i] = running / total;
            if (core == 0 && cumulative[i] >= target - 1e-12) {
                core = i + 1;
            }
        }
        double coreShare = core * 100.0 / buying;
        double coreRevenueShare = cumulative[core - 1] * 100;

        long[] ids = customers.ids();
        List<List<Object>> coreRows = new ArrayList<>();
        String targetText = Figures.oneDecimal(target * 100), coreShareText = Figures.oneDecimal(coreShare);
        Template ruleCore = Template.of(ParetoMessages.ruleCore), ruleOther = Template.of(ParetoMessages.ruleOther);
        for (int i = 0; i < buying; i++) {
            int row = ranked[i];
            boolean isCore = i < core;
            String rule = isCore ? ruleCore.fill(i + 1, Figures.oneDecimal(cumulative[i] * 100), coreShareText) : ruleOther.fill(i + 1, targetText);
            result.score(new Score(ids[row], null, null, isCore ? ParetoMessages.tagCore : ParetoMessages.tagOther,
                    isCore ? RULE_CORE : RULE_OTHER, rule));
            if (isCore && i < CORE_TABLE_ROWS) {
                coreRows.add(List.of(i + 1, ids[row], revenue[row], round1(cumulative[i] * 100)));
            }
        }
        result.table(new AnalysisResult.Table(TABLE_SUMMARY, ParetoMessages.tableSummary, List.of(ParetoMessages.colMeasure, ParetoMessages.colValue),
                List.of(List.of(ParetoMessages.rowBuying, buying), List.of(ParetoMessages.rowRevenue, total), List.of(ParetoMessages.rowCore, core),
                        List.of(ParetoMessages.rowCoreShareOfBuying, round1(coreShare)),
                        List.of(ParetoMessages.rowCoreShareOfAll, round1(core * 100.0 / n)),
                        List.of(ParetoMessages.rowCoreRevenueShare, round1(coreRevenueShare)))));
        result.table(new AnalysisResult.Table(TABLE_CORE, ParetoMessages.tableCore, List.of(ParetoMessages.colRank, ParetoMessages.colCustomer,
                ParetoMessages.colRevenue, ParetoMessages.colCumulative), coreRows));
        result.series(curve(cumulative));
        return result.conclusion(NLS.bind(ParetoMessages.conclusion, new Object[] { core, buying, Figures.oneDecimal(coreShare), Figures.oneDecimal(coreRevenueShare) }),
                coreShare <= CONCENTRATED_PERCENT ? NLS.bind(ParetoMessages.diagnosisConcentrated, core)
                        : NLS.bind(ParetoMessages.diagnosisSpread, Figures.oneDecimal(coreShare)),
                NLS.bind(ParetoMessages.action, core)).build();
    }

    /**
     * The rows with revenue, highest first, ties by row so that the result is stable. A merge sort on primitive
     * indices: sorting boxed Integers with a comparator took most of the analysis's time on 100k customers.
     */
    static int[] rank(double[] revenue) {
        int[] rows = java.util.stream.IntStream.range(0, revenue.length).filter(row -> revenue[row] > 0).toArray();
        int[] buffer = new int[rows.length];
        for (int width = 1; width < rows.length; width *= 2) {
            for (int lo = 0; lo < rows.length - width; lo += 2 * width) {
                int mid = lo + width, hi = Math.min(lo + 2 * width, rows.length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    // both halves are in row order within equal revenue, so taking the left on ties keeps it stable
                    buffer[k++] = revenue[rows[j]] > revenue[rows[i]] ? rows[j++] : rows[i++];
                }
                while (i < mid) {
                    buffer[k++] = rows[i++];
                }
                while (j < hi) {
                    buffer[k++] = rows[j++];
                }
                System.arraycopy(buffer, lo, rows, lo, hi - lo);
            }
        }
        return rows;
    }

    /** The Pareto curve at every whole percent of the buying customers (101 points whatever their number). */
    private static AnalysisResult.Series curve(double[] cumulative) {
        List<String> labels = new ArrayList<>(101);
        List<Double> values = new ArrayList<>(101);
        for (int percent = 0; percent <= 100; percent++) {
            int customersIn = (int) Math.round(percent * cumulative.length / 100.0);
            labels.add(percent + "%");
            values.add(customersIn == 0 ? 0.0 : round1(cumulative[customersIn - 1] * 100));
        }
        return new AnalysisResult.Series(SERIES_CURVE, ParetoMessages.seriesCurve, labels, values);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
