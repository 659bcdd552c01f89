package io.clientbench.analysis.gradechanges;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 3's review of grade movement (S 级流失率, B 级升级率) from the start-of-month snapshots (月初盘点): Grade records
 * with a {@code snapshotMonth}, taken by {@code report.GradeSnapshots}. Each snapshot month is compared with the
 * snapshot month before it (a month without a snapshot is skipped, not guessed):
 * <ul>
 * <li>S churn rate: of the customers graded S in the earlier month, the share that are not S in the later one —
 * graded lower or no longer graded at all (a customer with no grade in the later snapshot has lost S too);</li>
 * <li>B upgrade rate: of the customers graded B in the earlier month, the share graded A or S in the later one;</li>
 * <li>the transition matrix of the last two months (rows: last month's grade, columns: this month's, "not graded" for
 * a customer missing from one of the two), and both rates per month as a trend.</li>
 * </ul>
 * Grades are compared by their stored value (S, A, B, C for the SABC scheme); the scheme is a parameter, so the same
 * reading serves the other grade schemes a snapshot keeps (S and B then mean nothing and the rates stay 0).
 */
public class GradeChangesAnalysis implements Analysis {

    public static final String ID = "io.clientbench.analysis.gradechanges";
    public static final String TABLE_RATES = "rates", TABLE_MATRIX = "matrix", SERIES_S_CHURN = "sChurn", SERIES_B_UPGRADE = "bUpgrade";
    private static final List<String> SABC = List.of("S", "A", "B", "C");
    private static final int NONE = -1;

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        String scheme = parameters.text("scheme").trim();
        int shown = (int) Math.max(1, parameters.integer("months"));
        DataTable grades = dataset.table("Grade");
        Dictionary schemes = grades.dictionary("scheme"), values = grades.dictionary("value");
        int[] schemeCodes = grades.codes("scheme"), valueCodes = grades.codes("value"), months = grades.dates("snapshotMonth"), owners = grades.ownerRows();
        int customers = dataset.customers().size();

        // per snapshot month, each customer row's grade (a value code) or NONE
        TreeMap<YearMonth, int[]> byMonth = new TreeMap<>();
        boolean[] present = new boolean[values.size()]; // the values this scheme's snapshots hold
        for (int r = 0, n = grades.size(); r < n; r++) {
            if (months[r] == DataTable.NO_DATE || owners[r] == DataTable.NO_OWNER || valueCodes[r] == DataTable.NO_TEXT
                    || schemeCodes[r] == DataTable.NO_TEXT || !scheme.equalsIgnoreCase(schemes.value(schemeCodes[r]))) {
                continue;
            }
            int[] grade = byMonth.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(months[r])), m -> {
                int[] empty = new int[customers];
                Arrays.fill(empty, NONE);
                return empty;
            });
            grade[owners[r]] = valueCodes[r];
            present[valueCodes[r]] = true;
        }
        AnalysisResult.Builder result = AnalysisResult.builder();
        List<YearMonth> all = new ArrayList<>(byMonth.keySet());
        if (all.size() < 2) {
            return result.conclusion(NLS.bind(GradeChangesMessages.notEnough, all.size(), all.isEmpty() ? "-" : all.get(0).toString()),
                    GradeChangesMessages.notEnoughDiagnosis, GradeChangesMessages.notEnoughAction).build();
        }
        List<YearMonth> used = all.subList(Math.max(0, all.size() - shown - 1), all.size());
        int s = code(values, "S"), a = code(values, "A"), b = code(values, "B"), c = code(values, "C");

        List<List<Object>> rateRows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> sChurn = new ArrayList<>(), bUpgrade = new ArrayList<>();
        int[] last = null;
        for (int i = 1; i < used.size(); i++) {
            int[] before = byMonth.get(used.get(i - 1)), after = byMonth.get(used.get(i));
            int sBefore = 0, sLost = 0, bBefore = 0, bUp = 0, changed = 0;
            for (int row = 0; row < customers; row++) {
                int was = before[row], is = after[row];
                if (was != NONE && was == s) {
                    sBefore++;
                    sLost += is == s ? 0 : 1;
                }
                if (was != NONE && was == b) {
                    bBefore++;
                    bUp += is != NONE && (is == a || is == s) ? 1 : 0;
                }
                changed += was != is ? 1 : 0;
            }
            double churnRate = rate(sLost, sBefore), upgradeRate = rate(bUp, bBefore);
            labels.add(used.get(i).toString());
            sChurn.add(churnRate);
            bUpgrade.add(upgradeRate);
            rateRows.add(List.of(used.get(i).toString(), used.get(i - 1).toString(), sBefore, sLost, churnRate, bBefore, bUp, upgradeRate, changed));
            last = new int[] { sBefore, sLost, bBefore, bUp, changed };
        }
        result.table(new AnalysisResult.Table(TABLE_RATES, GradeChangesMessages.tableRates,
                List.of(GradeChangesMessages.colMonth, GradeChangesMessages.colComparedWith, GradeChangesMessages.colSBefore, GradeChangesMessages.colSLost, GradeChangesMessages.colSChurn,
                        GradeChangesMessages.colBBefore, GradeChangesMessages.colBUp, GradeChangesMessages.colBUpgrade, GradeChangesMessages.colChanged),
                rateRows));
        result.series(new AnalysisResult.Series(SERIES_S_CHURN, GradeChangesMessages.seriesSChurn, labels, sChurn));
        result.series(new AnalysisResult.Series(SERIES_B_UPGRADE, GradeChangesMessages.seriesBUpgrade, labels, bUpgrade));

        // the transition matrix of the last two months, grades in the scheme's order
        YearMonth from = used.get(used.size() - 2), to = used.get(used.size() - 1);
        int[] before = byMonth.get(from), after = byMonth.get(to);
        List<Integer> order = order(values, present);
        Map<Integer, Integer> index = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int k = order.size() + 1; // the last row and column: not graded
        int[][] matrix = new int[k][k];
        for (int row = 0; row < customers; row++) {
            if (before[row] != NONE || after[row] != NONE) {
                matrix[before[row] == NONE ? k - 1 : index.get(before[row])][after[row] == NONE ? k - 1 : index.get(after[row])]++;
            }
        }
        List<String> names = new ArrayList<>();
        order.forEach(code -> names.add(values.value(code)));
        names.add(GradeChangesMessages.none);
        List<String> columns = new ArrayList<>(List.of(GradeChangesMessages.colFrom));
        columns.addAll(names);
        List<List<Object>> matrixRows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Object> cells = new ArrayList<>(List.of(names.get(i)));
            for (int j = 0; j < k; j++) {
                cells.add(matrix[i][j]);
            }
            matrixRows.add(cells);
        }
        result.table(new AnalysisResult.Table(TABLE_MATRIX, NLS.bind(GradeChangesMessages.tableMatrix, from, to), columns, matrixRows));

        int sRow = s == NONE ? -1 : index.getOrDefault(s, -1), aCol = a == NONE ? -1 : index.getOrDefault(a, -1);
        int bRow = b == NONE ? -1 : index.getOrDefault(b, -1), cCol = c == NONE ? -1 : index.getOrDefault(c, -1);
        int sToA = sRow < 0 || aCol < 0 ? 0 : matrix[sRow][aCol];
        int sUngraded = sRow < 0 ? 0 : matrix[sRow][k - 1];
        int sLower = last[1] - sToA - sUngraded;
        int bToC = bRow < 0 || cCol < 0 ? 0 : matrix[bRow][cCol];
        double meanChurn = sChurn.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanUpgrade = bUpgrade.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return result.conclusion(
                NLS.bind(GradeChangesMessages.conclusion, new Object[] { from, to, last[1], last[0], Figures.oneDecimal(rate(last[1], last[0])), last[3],
                        last[2], Figures.oneDecimal(rate(last[3], last[2])), last[4] }),
                NLS.bind(GradeChangesMessages.diagnosis, new Object[] { sToA, sLower, sUngraded, bToC, labels.size(), Figures.oneDecimal(meanChurn),
                        Figures.oneDecimal(meanUpgrade) }),
                NLS.bind(GradeChangesMessages.action, last[1], last[2] - last[3])).build();
    }

    /** The grades' order: S, A, B, C first where they occur, then any other value by name. */
    private static List<Integer> order(Dictionary values, boolean[] present) {
        List<Integer> order = new ArrayList<>();
        for (String letter : SABC) {
            int code = code(values, letter);
            if (code != NONE && present[code]) {
                order.add(code);
            }
        }
        List<Integer> others = new ArrayList<>();
        for (int code = 0; code < values.size(); code++) {
            if (present[code] && !order.contains(code)) {
                others.add(code);
            }
        }
        others.sort((x, y) -> values.value(x).compareTo(values.value(y)));
        order.addAll(others);
        return order;
    }

    private static int code(Dictionary values, String value) {
        for (int code = 0; code < values.size(); code++) {
            if (values.value(code).equals(value)) {
                return code;
            }
        }
        return NONE;
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
