package io.clientbench.analysis.classification;

import java.time.LocalDate;
import java.util.ArrayList;
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
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 4's A/B/C/D customer classification (requirements.md), from the customer's current sales stage, close
 * probability (0–1) and expected purchase date; all thresholds are parameters with the sheet's defaults. First rule
 * that holds:
 * <ul>
 * <li>A: in the closing stage (促单成交), probability above 75 %, expected purchase between the analysis date and 30
 * days after it ("closes within 1 month");</li>
 * <li>B: in the demo stage or later (产品展示, 异议处理, 商务谈判, 促单成交: the sheet's "demo/evaluation" and its
 * "comparing on function, price and service"), probability above 50 %, expected purchase within 90 days;</li>
 * <li>C ({@code C-stage}): still gathering information (需求收集); or ({@code C-late}) the expected purchase is more
 * than 180 days after the analysis date ("unlikely to buy within 6 months");</li>
 * <li>D: the rest, e.g. a later stage without the probability or date for A/B, an expected date already past, or
 * after-sales.</li>
 * </ul>
 * An expected date before the analysis date is overdue, not "within a month", so it never makes A or B. A probability
 * outside 0–1 counts as missing. The sheet's rules that no field records are not guessed: A (2) wide industry
 * influence and (3) "systemic" buyers, B (3) loyal referrers and C (2) small, price-driven customers need a judgement
 * the sales team records by hand in the customer class; this analysis leaves them to that. Customers with none of
 * stage, probability and date have no sales data: they are counted separately and get no score, so writing the
 * classes back never overwrites a class someone set by hand on such a customer.
 */
public class ClassificationAnalysis implements Analysis {

    public static final String ID = "io.clientbench.analysis.classification";
    public static final String TABLE_CLASSES = "classes", TABLE_OWNERS = "owners", SERIES_CLASSES = "classes";

    static final String[] CLASSES = { "A", "B", "C", "D" };
    static final String[] RULES = { "A", "B", "C-stage", "C-late", "D" };
    private static final int[] CLASS_OF_RULE = { 0, 1, 2, 2, 3 };
    /** The stages from the demo on (the values of the SalesStage list). */
    private static final List<String> DEMO_OR_LATER = List.of("PRODUCT_DEMO", "OBJECTION_HANDLING", "NEGOTIATION", "CLOSING");
    private static final String CLOSING = "CLOSING", NEED_COLLECTION = "NEED_COLLECTION";
    private static final String[] STAGES = { NEED_COLLECTION, "PRODUCT_DEMO", "OBJECTION_HANDLING", "NEGOTIATION", CLOSING, "AFTER_SALES" };

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        LocalDate analysisDate = parameters.date("analysisDate");
        int asOf = Math.toIntExact(analysisDate.toEpochDay());
        double aProbability = parameters.decimal("aProbabilityPercent").doubleValue() / 100;
        double bProbability = parameters.decimal("bProbabilityPercent").doubleValue() / 100;
        int aWithin = Math.toIntExact(parameters.integer("aWithinDays"));
        int bWithin = Math.toIntExact(parameters.integer("bWithinDays"));
        int cBeyond = Math.toIntExact(parameters.integer("cBeyondDays"));

        DataTable customers = dataset.customers();
        int[] stage = customers.codes("salesStage");
        Dictionary stages = customers.dictionary("salesStage");
        double[] probabilities = customers.numbers("closeProbability");
        int[] expected = customers.dates("expectedPurchaseDate");
        int[] owner = customers.codes("owner");
        Dictionary owners = customers.dictionary("owner");
        int noOwner = owners.size();
        long[] ids = customers.ids();

        String[] ruleTexts = { NLS.bind(ClassificationMessages.ruleA, Figures.oneDecimal(aProbability * 100), aWithin),
                NLS.bind(ClassificationMessages.ruleB, Figures.oneDecimal(bProbability * 100), bWithin), ClassificationMessages.ruleCStage,
                NLS.bind(ClassificationMessages.ruleCLate, cBeyond), ClassificationMessages.ruleD };
        // per-customer texts are parsed once (see Template)
        Template explanation = Template.of(ClassificationMessages.explanation);
        Template expectedIn = Template.of(ClassificationMessages.expectedIn), expectedAgo = Template.of(ClassificationMessages.expectedAgo);
        String missing = ClassificationMessages.missing;

        int[][] perOwner = new int[noOwner + 1][CLASSES.length + 1]; // the last column: no sales data
        int[] classCount = new int[CLASSES.length];
        int noData = 0, overdue = 0;
        AnalysisResult.Builder result = AnalysisResult.builder();
        for (int row = 0, n = customers.size(); row < n; row++) {
            String s = stage[row] == DataTable.NO_TEXT ? null : stages.value(stage[row]);
            double p = probabilities[row];
            if (p < 0 || p > 1) {
                p = Double.NaN;
            }
            int date = expected[row];
            int g = owner[row] == DataTable.NO_TEXT ? noOwner : owner[row];
            if (s == null && Double.isNaN(p) && date == DataTable.NO_DATE) {
                noData++;
                perOwner[g][CLASSES.length]++;
                continue;
            }
            int days = date == DataTable.NO_DATE ? Integer.MIN_VALUE : date - asOf;
            if (date != DataTable.NO_DATE && days < 0) {
                overdue++;
            }
            int rule;
            if (CLOSING.equals(s) && p > aProbability && days >= 0 && days <= aWithin) {
                rule = 0;
            } else if (s != null && DEMO_OR_LATER.contains(s) && p > bProbability && days >= 0 && days <= bWithin) {
                rule = 1;
            } else if (NEED_COLLECTION.equals(s)) {
                rule = 2;
            } else if (date != DataTable.NO_DATE && days > cBeyond) {
                rule = 3;
            } else {
                rule = 4;
            }
            int c = CLASS_OF_RULE[rule];
            classCount[c]++;
            perOwner[g][c]++;
            String figures = explanation.fill(ruleTexts[rule], s == null ? missing : stageLabel(s),
                    Double.isNaN(p) ? missing : Figures.oneDecimal(p * 100) + "%",
                    date == DataTable.NO_DATE ? missing : (days < 0 ? expectedAgo : expectedIn).fill(LocalDate.ofEpochDay(date), Math.abs(days)));
            result.score(new Score(ids[row], CLASSES[c], RULES[rule], null, null, figures));
        }
        // the scores are customer classes (customerClass): S/A/B/C relationship grades share letters with them
        result.gradeField("customerClass");

        int classified = customers.size() - noData;
        List<List<Object>> classRows = new ArrayList<>();
        List<Double> classValues = new ArrayList<>();
        for (int c = 0; c < CLASSES.length; c++) {
            classRows.add(List.of(CLASSES[c], classCount[c], percent(classCount[c], classified)));
            classValues.add((double) classCount[c]);
        }
        classRows.add(List.of(ClassificationMessages.noData, noData, ""));
        result.table(new AnalysisResult.Table(TABLE_CLASSES, ClassificationMessages.tableClasses,
                List.of(ClassificationMessages.colClass, ClassificationMessages.colCustomers, ClassificationMessages.colShare), classRows));
        result.series(new AnalysisResult.Series(SERIES_CLASSES, ClassificationMessages.seriesClasses, List.of(CLASSES), classValues));

        List<List<Object>> ownerRows = new ArrayList<>();
        for (int g = 0; g <= noOwner; g++) {
            int[] counts = perOwner[g];
            int total = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
            if (total > 0) {
                ownerRows.add(List.of(g == noOwner ? ClassificationMessages.noOwner : owners.value(g), counts[0], counts[1], counts[2], counts[3], counts[4], total));
            }
        }
        result.table(new AnalysisResult.Table(TABLE_OWNERS, ClassificationMessages.tableOwners, List.of(ClassificationMessages.colOwner, "A", "B", "C", "D",
                ClassificationMessages.noData, ClassificationMessages.colTotal), ownerRows));

        String aShare = Figures.oneDecimal(percent(classCount[0], classified));
        return result.conclusion(
                NLS.bind(ClassificationMessages.conclusion, new Object[] { classified, classCount[0], classCount[1], classCount[2], classCount[3], noData }),
                NLS.bind(ClassificationMessages.diagnosis, new Object[] { aShare, Figures.oneDecimal(percent(classCount[0] + classCount[1], classified)),
                        overdue }),
                NLS.bind(ClassificationMessages.action, new Object[] { classCount[0], classCount[1], noData + overdue })).build();
    }

    private static String stageLabel(String stage) {
        String[] labels = { ClassificationMessages.stageNeedCollection, ClassificationMessages.stageProductDemo, ClassificationMessages.stageObjectionHandling,
                ClassificationMessages.stageNegotiation, ClassificationMessages.stageClosing, ClassificationMessages.stageAfterSales };
        for (int i = 0; i < STAGES.length; i++) {
            if (STAGES[i].equals(stage)) {
                return labels[i];
            }
        }
        return stage; // a value an overlay added
    }

    private static double percent(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
    }
}
