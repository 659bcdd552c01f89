package io.clientbench.analysis.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * RFM grading of every customer, the rules of sheets 2 and 3 (requirements.md), all thresholds parameters.
 * <p>
 * R is the days from the customer's last deal up to the analysis date (deals after it are ignored); F and M are the
 * count and sum of deals in the window before the analysis date (default 365 days: sheet 3's "last 12 months").
 * <p>
 * Grade (sheet 3), first rule that holds, each against the average of the customer's industry:
 * <ul>
 * <li>S: R ≤ 30, M > average +50 %, F > average +30 %;</li>
 * <li>A: R ≤ 60, M and F ≥ average −20 %. The sheet says "within ±20 %"; read literally, a customer at +40 % who
 * misses S only on recency would fall to B below a customer at −10 %, so A takes everyone from −20 % up;</li>
 * <li>B: R ≤ 90 ("below average but stable": anyone who bought within 90 days and is not S or A);</li>
 * <li>C: R > 90, or no deal at all (rule {@code C-none}).</li>
 * </ul>
 * The industry average is taken over the industry's customers with at least one deal in the window: dormant
 * customers would otherwise pull the average down and turn ordinary buyers into S. Customers without an industry
 * form a group of their own.
 * <p>
 * Value tag (sheet 2), first rule that holds: VIP R ≤ 90, F ≥ 5, M ≥ 100,000 (the sheet prints "R≥90天", a lost
 * sign; "bought within 90 days" is the reading that fits a VIP); 潜力 R < 30 and F ≥ 3; 流失预警 R > 180; else 普通
 * ({@code regular-none} when the customer never bought).
 */
public class RfmAnalysis implements Analysis {

    public static final String ID = "io.clientbench.analysis.rfm";
    public static final String TABLE_GRADES = "grades", TABLE_TAGS = "tags", TABLE_INDUSTRIES = "industries";
    public static final String SERIES_GRADES = "grades", SERIES_TAGS = "tags";

    static final String[] GRADES = { "S", "A", "B", "C" };
    static final String[] GRADE_RULES = { "S", "A", "B", "C", "C-none" };
    static final String[] TAG_RULES = { "vip", "potential", "churn", "regular", "regular-none" };
    private static final int NONE = 4;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        RfmRules rules = RfmRules.of(parameters);
        DataTable customers = dataset.customers();
        DataTable deals = dataset.table("Deal");
        int n = customers.size();
        int asOf = Math.toIntExact(rules.analysisDate().toEpochDay());
        int windowStart = asOf - rules.windowDays(); // the window is (windowStart, asOf]

        // one pass over the deals: per customer row, last deal day, count and sum in the window
        int[] last = new int[n];
        Arrays.fill(last, DataTable.NO_DATE);
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        int[] owners = deals.ownerRows();
        int[] days = deals.dates("date");
        double[] amounts = deals.numbers("amount");
        for (int d = 0, size = deals.size(); d < size; d++) {
            int owner = owners[d];
            int day = days[d];
            if (owner < 0 || day == DataTable.NO_DATE || day > asOf) {
                continue;
            }
            if (day > last[owner]) {
                last[owner] = day;
            }
            if (day > windowStart) {
                frequency[owner]++;
                double amount = amounts[d];
                if (!Double.isNaN(amount)) {
                    monetary[owner] += amount;
                }
            }
        }

        // industry averages over the customers who bought in the window
        int[] industry = customers.codes("industry");
        Dictionary industries = customers.dictionary("industry");
        int groups = industries.size() + 1;
        int noIndustry = groups - 1;
        double[] sumM = new double[groups], sumF = new double[groups];
        int[] active = new int[groups];
        int[] group = new int[n];
        for (int row = 0; row < n; row++) {
            int g = industry[row] == DataTable.NO_TEXT ? noIndustry : industry[row];
            group[row] = g;
            if (frequency[row] > 0) {
                active[g]++;
                sumM[g] += monetary[row];
                sumF[g] += frequency[row];
            }
        }
        double[] avgM = new double[groups], avgF = new double[groups];
        for (int g = 0; g < groups; g++) {
            avgM[g] = active[g] == 0 ? 0 : sumM[g] / active[g];
            avgF[g] = active[g] == 0 ? 0 : sumF[g] / active[g];
        }

        // grade and tag each customer; rule texts depend on the industry only, so they are made once per group
        RuleTexts texts = new RuleTexts(rules, groups, avgM, avgF);
        int[] gradeCount = new int[GRADES.length], tagCount = new int[TAG_RULES.length - 1];
        double[] gradeAmount = new double[GRADES.length];
        double totalAmount = 0;
        long[] ids = customers.ids();
        AnalysisResult.Builder result = AnalysisResult.builder();
        for (int row = 0; row < n; row++) {
            int g = group[row];
            int r = last[row] == DataTable.NO_DATE ? -1 : asOf - last[row];
            int f = frequency[row];
            double m = monetary[row];
            int grade = r < 0 ? NONE : rules.grade(r, f, m, avgF[g], avgM[g]);
            int tag = r < 0 ? NONE : rules.tag(r, f, m);
            int gradeIndex = Math.min(grade, 3);
            int tagIndex = Math.min(tag, 3);
            gradeCount[gradeIndex]++;
            tagCount[tagIndex]++;
            gradeAmount[gradeIndex] += m;
            totalAmount += m;
            String explanation = r < 0 ? texts.explanation(g, grade, tag) : texts.explanation(g, grade, tag, r, f, Figures.money(m));
            result.score(new Score(ids[row], GRADES[gradeIndex], GRADE_RULES[grade], texts.tagLabel(tagIndex), TAG_RULES[tag], explanation));
        }
        return summarize(result, rules, gradeCount, tagCount, gradeAmount, totalAmount, n, industries, avgM, avgF, active).build();
    }

    private static AnalysisResult.Builder summarize(AnalysisResult.Builder result, RfmRules rules, int[] gradeCount, int[] tagCount,
            double[] gradeAmount, double totalAmount, int n, Dictionary industries, double[] avgM, double[] avgF, int[] active) {
        List<List<Object>> gradeRows = new ArrayList<>();
        List<Double> gradeValues = new ArrayList<>();
        for (int i = 0; i < GRADES.length; i++) {
            gradeRows.add(List.of(GRADES[i], gradeCount[i], percent(gradeCount[i], n), Figures.twoDecimals(gradeAmount[i])));
            gradeValues.add((double) gradeCount[i]);
        }
        result.table(new AnalysisResult.Table(TABLE_GRADES, RfmMessages.tableGrades,
                List.of(RfmMessages.colGrade, RfmMessages.colCustomers, RfmMessages.colShare, RfmMessages.colAmount), gradeRows));
        result.series(new AnalysisResult.Series(SERIES_GRADES, RfmMessages.seriesGrades, List.of(GRADES), gradeValues));

        List<List<Object>> tagRows = new ArrayList<>();
        List<String> tagLabels = new ArrayList<>();
        List<Double> tagValues = new ArrayList<>();
        for (int i = 0; i < tagCount.length; i++) {
            String label = RuleTexts.TAG_LABELS.get(i).get();
            tagRows.add(List.of(label, tagCount[i], percent(tagCount[i], n)));
            tagLabels.add(label);
            tagValues.add((double) tagCount[i]);
        }
        result.table(new AnalysisResult.Table(TABLE_TAGS, RfmMessages.tableTags,
                List.of(RfmMessages.colTag, RfmMessages.colCustomers, RfmMessages.colShare), tagRows));
        result.series(new AnalysisResult.Series(SERIES_TAGS, RfmMessages.seriesTags, tagLabels, tagValues));

        List<List<Object>> industryRows = new ArrayList<>();
        for (int g = 0; g < avgM.length; g++) {
            String name = g < industries.size() ? industries.value(g) : RfmMessages.noIndustry;
            if (active[g] > 0 || g < industries.size()) {
                industryRows.add(List.of(name, active[g], Figures.twoDecimals(avgF[g]), Figures.twoDecimals(avgM[g])));
            }
        }
        result.table(new AnalysisResult.Table(TABLE_INDUSTRIES, RfmMessages.tableIndustries, List.of(RfmMessages.colIndustry,
                RfmMessages.colActive, RfmMessages.colAverageDeals, RfmMessages.colAverageAmount), industryRows));

        int churn = tagCount[2];
        double topShare = totalAmount == 0 ? 0 : (gradeAmount[0] + gradeAmount[1]) * 100 / totalAmount;
        return result.conclusion(
                NLS.bind(RfmMessages.conclusion, new Object[] { n, gradeCount[0], gradeCount[1], gradeCount[2], gradeCount[3], tagCount[0], churn }),
                NLS.bind(RfmMessages.diagnosis, new Object[] { Figures.oneDecimal(topShare), gradeCount[0] + gradeCount[1],
                        Figures.oneDecimal(n == 0 ? 0 : churn * 100.0 / n), rules.churnRecency() }),
                NLS.bind(RfmMessages.action, churn));
    }

    private static double percent(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
    }
}
