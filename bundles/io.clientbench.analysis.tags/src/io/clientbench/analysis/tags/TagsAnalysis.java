package io.clientbench.analysis.tags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.AnalysisResult.Tagged;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.Template;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 0's analysis tags (数据清洗与标签化) for every customer, each with the rule that fired; thresholds are parameters
 * with the sheet's defaults.
 * <ul>
 * <li>Value (the score's grade, meant for the customer's 客户价值等级 {@code valueLevel}): the customer's deals dated in
 * the 365 days up to the analysis date — the sheet's "annual business" — high from 10万 ({@code value-high}), medium
 * from 5万 ({@code value-mid}), else low ({@code value-low}).</li>
 * <li>Status (the score's tag, meant for {@code statusTag}), first that holds: 意向 when a purchase is expected within 90
 * days of the analysis date ({@code intent-date}) or a purchase need within 3 months is recorded ({@code intent-need});
 * 潜在 when the customer never bought (no deal up to the analysis date, {@code potential}); 流失 when the last deal is
 * more than 90 days old ("no business for 3 months", {@code churned}); else 活跃 ({@code active}), which the sheet
 * leaves unnamed. A churned or never-buying customer planning a purchase is 意向: that is what a salesperson acts on.</li>
 * <li>Need tags (more tags): what a customer "asks about first" is read from the first decision factor recorded on
 * each of its needs: price → 价格敏感型 ({@code need-price}), technology → 功能导向型 ({@code need-function}), service →
 * 服务依赖型 ({@code need-service}); brand gives no tag.</li>
 * </ul>
 * Deals after the analysis date are left out, so that a past analysis date gives the tags as they were.
 */
public class TagsAnalysis implements Analysis {

    public static final String ID = "io.clientbench.analysis.tags";
    public static final String TABLE_VALUE = "value", TABLE_STATUS = "status", TABLE_NEED = "need", TABLE_CROSS = "cross";
    public static final String SERIES_VALUE = "value", SERIES_STATUS = "status";
    static final String[] VALUE_RULES = { "value-high", "value-mid", "value-low" };
    static final String[] STATUS_RULES = { "intent-date", "intent-need", "potential", "churned", "active" };
    /** The status of each status rule: 0 intent, 1 potential, 2 churned, 3 active. */
    private static final int[] STATUS_OF_RULE = { 0, 0, 1, 2, 3 };
    static final String[] NEED_RULES = { "need-price", "need-function", "need-service" };
    private static final String[] NEED_FACTORS = { "PRICE", "TECHNOLOGY", "SERVICE" };
    private static final int YEAR = 365;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        LocalDate analysisDate = parameters.date("analysisDate");
        int asOf = Math.toIntExact(analysisDate.toEpochDay());
        double highFrom = parameters.decimal("highFrom").doubleValue();
        double midFrom = parameters.decimal("midFrom").doubleValue();
        int churnDays = Math.toIntExact(parameters.integer("churnDays"));
        int intentDays = Math.toIntExact(parameters.integer("intentDays"));

        DataTable customers = dataset.customers();
        int n = customers.size();
        double[] business = new double[n];
        int[] lastDeal = new int[n];
        Arrays.fill(lastDeal, DataTable.NO_DATE);
        DataTable deals = dataset.table("Deal");
        int[] dealDates = deals.dates("date"), dealOwners = deals.ownerRows();
        double[] amounts = deals.numbers("amount");
        for (int d = 0, m = deals.size(); d < m; d++) {
            int c = dealOwners[d], date = dealDates[d];
            if (c == DataTable.NO_OWNER || date == DataTable.NO_DATE || date > asOf) {
                continue;
            }
            lastDeal[c] = Math.max(lastDeal[c], date);
            if (date > asOf - YEAR && !Double.isNaN(amounts[d])) {
                business[c] += amounts[d];
            }
        }
        boolean[][] needs = needTags(dataset.table("Need"), n);

        int[] expected = customers.dates("expectedPurchaseDate");
        double[] orgNeed = customers.numbers("orgPurchaseNeedIn3Months"), personalNeed = customers.numbers("personalPurchaseNeedIn3Months");
        long[] ids = customers.ids();
        String[] values = { TagsMessages.valueHigh, TagsMessages.valueMid, TagsMessages.valueLow };
        String[] statuses = { TagsMessages.statusIntent, TagsMessages.statusPotential, TagsMessages.statusChurned, TagsMessages.statusActive };
        String[] needNames = { TagsMessages.needPrice, TagsMessages.needFunction, TagsMessages.needService };
        String[] needTexts = { TagsMessages.ruleNeedPrice, TagsMessages.ruleNeedFunction, TagsMessages.ruleNeedService };
        Template[] valueTexts = { Template.of(TagsMessages.ruleValueHigh), Template.of(TagsMessages.ruleValueMid), Template.of(TagsMessages.ruleValueLow) };
        Template intentDate = Template.of(TagsMessages.ruleIntentDate), churned = Template.of(TagsMessages.ruleChurned),
                active = Template.of(TagsMessages.ruleActive);
        String high = Figures.money(highFrom), mid = Figures.money(midFrom);

        int[] valueCount = new int[3], statusCount = new int[4], needCount = new int[3];
        int[][] cross = new int[3][4];
        int tagged = 0;
        AnalysisResult.Builder result = AnalysisResult.builder();
        for (int c = 0; c < n; c++) {
            int value = business[c] >= highFrom ? 0 : business[c] >= midFrom ? 1 : 2;
            String amount = Figures.money(business[c]);
            String valueText = valueTexts[value].fill(amount, value == 2 ? mid : value == 0 ? high : mid);

            int days = expected[c] == DataTable.NO_DATE ? -1 : expected[c] - asOf;
            int rule;
            String statusText;
            if (days >= 0 && days <= intentDays) {
                rule = 0;
                statusText = intentDate.fill(LocalDate.ofEpochDay(expected[c]), days);
            } else if (orgNeed[c] == 1 || personalNeed[c] == 1) {
                rule = 1;
                statusText = TagsMessages.ruleIntentNeed;
            } else if (lastDeal[c] == DataTable.NO_DATE) {
                rule = 2;
                statusText = TagsMessages.rulePotential;
            } else if (asOf - lastDeal[c] > churnDays) {
                rule = 3;
                statusText = churned.fill(LocalDate.ofEpochDay(lastDeal[c]), asOf - lastDeal[c], churnDays);
            } else {
                rule = 4;
                statusText = active.fill(LocalDate.ofEpochDay(lastDeal[c]), asOf - lastDeal[c]);
            }
            int status = STATUS_OF_RULE[rule];
            valueCount[value]++;
            statusCount[status]++;
            cross[value][status]++;

            List<Tagged> more = new ArrayList<>(0);
            StringBuilder explanation = new StringBuilder(valueText).append("; ").append(statusText);
            for (int t = 0; t < NEED_RULES.length; t++) {
                if (needs[t][c]) {
                    more.add(new Tagged(needNames[t], NEED_RULES[t]));
                    explanation.append("; ").append(needTexts[t]);
                    needCount[t]++;
                }
            }
            if (!more.isEmpty()) {
                tagged++;
            }
            result.score(new Score(ids[c], values[value], VALUE_RULES[value], statuses[status], STATUS_RULES[rule], explanation.toString(), more));
        }
        // the value tags are the sheet's 客户价值等级 高/中/低 (High/Medium/Low also fit other Level3 fields)
        result.gradeField("valueLevel");

        result.table(countTable(TABLE_VALUE, TagsMessages.tableValue, values, VALUE_RULES, valueCount, n));
        result.table(countTable(TABLE_STATUS, TagsMessages.tableStatus, statuses, new String[] { "intent-date, intent-need", "potential", "churned", "active" },
                statusCount, n));
        result.table(countTable(TABLE_NEED, TagsMessages.tableNeed, needNames, NEED_RULES, needCount, n));
        List<String> crossColumns = new ArrayList<>(List.of(TagsMessages.colValue));
        crossColumns.addAll(List.of(statuses));
        List<List<Object>> crossRows = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            crossRows.add(List.of(values[v], cross[v][0], cross[v][1], cross[v][2], cross[v][3]));
        }
        result.table(new AnalysisResult.Table(TABLE_CROSS, TagsMessages.tableCross, crossColumns, crossRows));
        result.series(new AnalysisResult.Series(SERIES_VALUE, TagsMessages.seriesValue, List.of(values), doubles(valueCount)));
        result.series(new AnalysisResult.Series(SERIES_STATUS, TagsMessages.seriesStatus, List.of(statuses), doubles(statusCount)));

        int top = 0;
        for (int t = 1; t < needCount.length; t++) {
            top = needCount[t] > needCount[top] ? t : top;
        }
        String topNeed = needCount[top] == 0 ? TagsMessages.none : needNames[top];
        return result.conclusion(
                NLS.bind(TagsMessages.conclusion, new Object[] { n, valueCount[0], valueCount[1], valueCount[2], statusCount[3], statusCount[0],
                        statusCount[1], statusCount[2], tagged }),
                NLS.bind(TagsMessages.diagnosis, new Object[] { cross[0][2], churnDays, cross[0][0], topNeed, needCount[top] }),
                NLS.bind(TagsMessages.action, new Object[] { cross[0][2], statusCount[0], statusCount[1] })).build();
    }

    /** Per need tag, per customer row: whether one of the customer's needs puts that factor first. */
    private static boolean[][] needTags(DataTable needs, int customers) {
        boolean[][] tags = new boolean[NEED_FACTORS.length][customers];
        Dictionary factors = needs.dictionary("decisionFactors");
        // the first factor of each distinct stored value ("PRICE|SERVICE" → PRICE), once per dictionary entry
        int[] tagOfCode = new int[factors.size()];
        for (int code = 0; code < tagOfCode.length; code++) {
            String first = factors.value(code).split("[|,]", 2)[0].trim();
            tagOfCode[code] = Arrays.asList(NEED_FACTORS).indexOf(first);
        }
        int[] codes = needs.codes("decisionFactors"), owners = needs.ownerRows();
        for (int r = 0, m = needs.size(); r < m; r++) {
            if (codes[r] != DataTable.NO_TEXT && owners[r] != DataTable.NO_OWNER && tagOfCode[codes[r]] >= 0) {
                tags[tagOfCode[codes[r]]][owners[r]] = true;
            }
        }
        return tags;
    }

    private static AnalysisResult.Table countTable(String id, String title, String[] tags, String[] rules, int[] counts, int total) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < tags.length; t++) {
            rows.add(List.of(tags[t], rules[t], counts[t], total == 0 ? 0.0 : Math.round(counts[t] * 1000.0 / total) / 10.0));
        }
        return new AnalysisResult.Table(id, title, List.of(TagsMessages.colTag, TagsMessages.colRule, TagsMessages.colCustomers, TagsMessages.colShare), rows);
    }

    private static List<Double> doubles(int[] counts) {
        List<Double> values = new ArrayList<>(counts.length);
        for (int count : counts) {
            values.add((double) count);
        }
        return values;
    }
}
