package io.clientbench.analysis.rollup;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 4's monthly roll-ups. 客户分类汇总表 (客户分类数量汇总表), a row per salesperson (the customer's owner) and a total: customers, A/B/C/D
 * classes, 重要/一般 users, organisation and individual purchases (deals of that kind dated in the period up to the
 * analysis date, counted for the customer's salesperson), 升级产值 (the customers' upgrade value) and 预计销售产值
 * (expected deal value × close probability, as the forecast analysis counts it: both present, probability 0–1).
 * The sheet's breakdowns by the cost-software pack's fields (单位性质, 业务性质, software types) are not here: they
 * belong to an analysis of that industry pack. The three sheets derived from it — 单位购买汇总表, 个人购买汇总表 and
 * 用户升级分析表 — follow as tables of their own ({@link DerivedSheets}), so that the XLSX export is the month's four sheets.
 */
public class RollupAnalysis implements Analysis {

    public static final String TABLE_ROLLUP = "rollup", SERIES_CLASSES = "classes", TABLE_CLASSES = "classTotals";
    private static final String[] CLASSES = { "A", "B", "C", "D" };
    // columns of a row's counts: 0 customers, 1-4 A-D, 5 unclassified, 6 important, 7 ordinary, 8 organisation, 9 individual
    private static final int CUSTOMERS = 0, UNCLASSIFIED = 5, IMPORTANT = 6, ORDINARY = 7, ORGANISATION = 8, INDIVIDUAL = 9, COUNTS = 10;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int asOf = Math.toIntExact(parameters.date("analysisDate").toEpochDay());
        long period = parameters.integer("periodDays");
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        int[] owner = customers.codes("owner");
        Dictionary owners = customers.dictionary("owner");
        int noOwner = owners.size();
        int groups = noOwner + 1;
        int[][] counts = new int[groups][COUNTS];
        double[] upgrade = new double[groups], forecast = new double[groups];

        int[] classOf = codesOf(customers.dictionary("customerClass"), CLASSES);
        int[] importanceOf = codesOf(customers.dictionary("userImportance"), new String[] { "IMPORTANT", "ORDINARY" });
        int[] classes = customers.codes("customerClass"), importance = customers.codes("userImportance");
        double[] upgrades = customers.numbers("upgradeValue"), values = customers.numbers("expectedDealValue"),
                probabilities = customers.numbers("closeProbability");
        int n = customers.size();
        int[] groupOf = new int[n];
        for (int row = 0; row < n; row++) {
            int g = owner[row] == DataTable.NO_TEXT ? noOwner : owner[row];
            groupOf[row] = g;
            int[] c = counts[g];
            c[CUSTOMERS]++;
            int letter = classes[row] == DataTable.NO_TEXT ? -1 : classOf[classes[row]];
            c[letter < 0 ? UNCLASSIFIED : 1 + letter]++;
            int weight = importance[row] == DataTable.NO_TEXT ? -1 : importanceOf[importance[row]];
            if (weight >= 0) {
                c[IMPORTANT + weight]++;
            }
            if (!Double.isNaN(upgrades[row])) {
                upgrade[g] += upgrades[row];
            }
            double p = probabilities[row];
            if (!Double.isNaN(values[row]) && p >= 0 && p <= 1) {
                forecast[g] += values[row] * p;
            }
        }
        int[] kinds = codesOf(deals.dictionary("kind"), new String[] { "ORGANISATION", "INDIVIDUAL", "UPGRADE" });
        int[] upgradeDeals = new int[n];
        int[] kind = deals.codes("kind"), days = deals.dates("date"), dealOwners = deals.ownerRows();
        for (int d = 0, size = deals.size(); d < size; d++) {
            int k = kind[d] == DataTable.NO_TEXT ? -1 : kinds[kind[d]];
            int day = days[d];
            if (k >= 0 && dealOwners[d] >= 0 && day != DataTable.NO_DATE && day <= asOf && day > asOf - period) {
                if (k == 2) {
                    upgradeDeals[dealOwners[d]]++;
                } else {
                    counts[groupOf[dealOwners[d]]][ORGANISATION + k]++;
                }
            }
        }

        int[] total = new int[COUNTS];
        double totalUpgrade = 0, totalForecast = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (int g = 0; g < noOwner; g++) {
            if (counts[g][CUSTOMERS] > 0) {
                rows.add(row(owners.value(g), counts[g], upgrade[g], forecast[g]));
            }
        }
        // salespeople by name (Chinese names by pinyin, as the navigator sorts them), so that a month's sheet lines up
        // with the last; customers without a salesperson and the total last
        Collator byName = Collator.getInstance(Locale.CHINA);
        rows.sort((a, b) -> byName.compare(a.get(0), b.get(0)));
        if (counts[noOwner][CUSTOMERS] > 0) {
            rows.add(row(RollupMessages.noOwner, counts[noOwner], upgrade[noOwner], forecast[noOwner]));
        }
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < COUNTS; i++) {
                total[i] += counts[g][i];
            }
            totalUpgrade += upgrade[g];
            totalForecast += forecast[g];
        }
        rows.add(row(RollupMessages.total, total, totalUpgrade, totalForecast));

        List<Double> perClass = new ArrayList<>();
        List<List<Object>> classTotals = new ArrayList<>(); // the chart's figures as a table: its axes are titled from it
        for (int i = 1; i <= CLASSES.length; i++) {
            perClass.add((double) total[i]);
            classTotals.add(List.of(CLASSES[i - 1], total[i]));
        }
        DerivedSheets derived = new DerivedSheets(dataset, groupOf, noOwner);
        return AnalysisResult.builder()
                .table(new AnalysisResult.Table(TABLE_ROLLUP, RollupMessages.tableRollup, List.of(RollupMessages.colOwner, RollupMessages.colCustomers,
                        RollupMessages.colClassA, RollupMessages.colClassB, RollupMessages.colClassC, RollupMessages.colClassD,
                        RollupMessages.colUnclassified, RollupMessages.colImportant, RollupMessages.colOrdinary,
                        RollupMessages.colOrganisationPurchases, RollupMessages.colIndividualPurchases, RollupMessages.colUpgradeValue,
                        RollupMessages.colForecastValue), rows))
                .table(derived.purchases(DerivedSheets.TABLE_ORGANISATION, RollupMessages.tableOrganisation, "orgPurchaseNeedIn3Months"))
                .table(derived.purchases(DerivedSheets.TABLE_INDIVIDUAL, RollupMessages.tableIndividual, "personalPurchaseNeedIn3Months"))
                .table(derived.upgrades(upgradeDeals))
                .table(new AnalysisResult.Table(TABLE_CLASSES, RollupMessages.seriesClasses, List.of(RollupMessages.colClass, RollupMessages.colCustomers), classTotals))
                .series(new AnalysisResult.Series(SERIES_CLASSES, RollupMessages.seriesClasses, List.of(CLASSES), perClass))
                .conclusion(NLS.bind(RollupMessages.conclusion, new Object[] { total[CUSTOMERS], total[1], total[2], total[3], total[4],
                        total[IMPORTANT], total[ORGANISATION], total[INDIVIDUAL] }),
                        total[UNCLASSIFIED] == 0 ? RollupMessages.diagnosisComplete : NLS.bind(RollupMessages.diagnosis, total[UNCLASSIFIED]),
                        NLS.bind(RollupMessages.action, total[UNCLASSIFIED]))
                .build();
    }

    private static List<Object> row(String name, int[] counts, double upgrade, double forecast) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        for (int count : counts) {
            row.add(count);
        }
        row.add(Math.round(upgrade * 100) / 100.0);
        row.add(Math.round(forecast * 100) / 100.0);
        return row;
    }

    /** Per dictionary code, the index of its value in {@code wanted}, or -1: group by code without a string per row. */
    private static int[] codesOf(Dictionary dictionary, String[] wanted) {
        int[] index = new int[dictionary.size()];
        for (int code = 0; code < index.length; code++) {
            index[code] = List.of(wanted).indexOf(dictionary.value(code));
        }
        return index;
    }
}
