package io.clientbench.analysis.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.Dictionary;

/**
 * Sheet 2's heatmap of customer type (new/existing/churned) against complaints, from each customer's complaint count
 * (投诉次数). A row per customer type — new, existing, churned, then any type an admin added, then "(not set)" — and a
 * column per band of complaints: none, 1, 2 up to one below {@code manyComplaints}, and {@code manyComplaints} or
 * more; a cell is the share of the row's customers in that band, so rows of different sizes compare. The complaint
 * rate of a type is the share of its customers with at least one complaint. Customers without a complaint count are
 * left out (an unknown is not "no complaints") and counted in the diagnosis.
 */
public class ComplaintAnalysis implements Analysis {

    public static final String TABLE_TYPES = "types", SERIES_RATE = "rate", HEATMAP = "types";
    private static final List<String> TYPE_ORDER = List.of("NEW", "EXISTING", "CHURNED");

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        int many = (int) Math.max(2, Math.min(1000, parameters.integer("manyComplaints")));
        DataTable customers = dataset.customers();
        int[] type = customers.codes("customerType");
        double[] complaints = customers.numbers("complaintCount");
        Dictionary types = customers.dictionary("customerType");
        int notSet = types.size();
        // bands: 0, 1, [2, many) when not empty, [many, ...)
        boolean someBand = many > 2;
        int bands = someBand ? 4 : 3;
        int[] customersOf = new int[notSet + 1], complaining = new int[notSet + 1];
        double[] complaintsOf = new double[notSet + 1];
        int[][] inBand = new int[notSet + 1][bands];
        int unknown = 0, manyCustomers = 0;
        for (int row = 0, n = customers.size(); row < n; row++) {
            double count = complaints[row];
            if (Double.isNaN(count) || count < 0) {
                unknown++;
                continue;
            }
            int t = type[row] == DataTable.NO_TEXT ? notSet : type[row];
            customersOf[t]++;
            complaintsOf[t] += count;
            if (count >= 1) {
                complaining[t]++;
            }
            if (count >= many) {
                manyCustomers++;
            }
            inBand[t][band(count, many, someBand)]++;
        }
        List<Integer> order = new ArrayList<>();
        for (String known : TYPE_ORDER) {
            int code = types.find(known);
            if (code >= 0 && customersOf[code] > 0) {
                order.add(code);
            }
        }
        for (int t = 0; t < notSet; t++) {
            if (customersOf[t] > 0 && !order.contains(t)) {
                order.add(t);
            }
        }
        if (customersOf[notSet] > 0) {
            order.add(notSet);
        }
        String unknownText = unknown == 0 ? "" : NLS.bind(ComplaintMessages.diagnosisUnknown, unknown);
        if (order.isEmpty()) {
            return AnalysisResult.builder().conclusion(ComplaintMessages.empty, unknownText, ComplaintMessages.actionEmpty).build();
        }

        List<String> columns = new ArrayList<>(List.of(ComplaintMessages.bandNone, ComplaintMessages.bandOne));
        if (someBand) {
            columns.add(many == 3 ? "2" : NLS.bind(ComplaintMessages.bandSome, many - 1));
        }
        columns.add(NLS.bind(ComplaintMessages.bandMany, many));
        List<String> names = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<List<Double>> cells = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int all = 0, allComplaining = 0, worst = -1;
        for (int t : order) {
            String name = t == notSet ? ComplaintMessages.notSet : label(types.value(t));
            double rate = round1(complaining[t] * 100.0 / customersOf[t]);
            names.add(name);
            rates.add(rate);
            List<Double> shares = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                shares.add(round1(inBand[t][b] * 100.0 / customersOf[t]));
            }
            cells.add(shares);
            rows.add(List.of(name, customersOf[t], complaining[t], rate, Figures.twoDecimals(complaintsOf[t]), Figures.twoDecimals(complaintsOf[t] / customersOf[t])));
            all += customersOf[t];
            allComplaining += complaining[t];
            if (t != notSet && (worst < 0 || complaining[t] * (long) customersOf[worst] > complaining[worst] * (long) customersOf[t])) {
                worst = t; // the highest rate; ties keep the earlier type
            }
        }
        AnalysisResult.Builder result = AnalysisResult.builder()
                .heatmap(new AnalysisResult.Heatmap(HEATMAP, ComplaintMessages.heatmapName, ComplaintMessages.heatmapRows, ComplaintMessages.heatmapColumns,
                        ComplaintMessages.heatmapValues, names, columns, cells, 0, 100))
                .series(new AnalysisResult.Series(SERIES_RATE, ComplaintMessages.seriesRate, names, rates))
                .table(new AnalysisResult.Table(TABLE_TYPES, ComplaintMessages.tableTypes, List.of(ComplaintMessages.colType, ComplaintMessages.colCustomers,
                        ComplaintMessages.colComplaining, ComplaintMessages.colRate, ComplaintMessages.colComplaints, ComplaintMessages.colPerCustomer), rows));
        if (allComplaining == 0 || worst < 0 || complaining[worst] == 0) {
            return result.conclusion(NLS.bind(ComplaintMessages.noComplaints, all), unknownText, ComplaintMessages.actionNoComplaints).build();
        }
        String worstName = label(types.value(worst));
        String conclusion = NLS.bind(ComplaintMessages.conclusion, new Object[] { worstName, Figures.percent(complaining[worst], customersOf[worst]),
                complaining[worst], customersOf[worst], Figures.oneDecimal(complaintsOf[worst] / customersOf[worst]), Figures.percent(allComplaining, all) });
        String diagnosis = switch (types.value(worst)) {
            case "CHURNED" -> ComplaintMessages.diagnosisChurned;
            case "NEW" -> ComplaintMessages.diagnosisNew;
            case "EXISTING" -> ComplaintMessages.diagnosisExisting;
            default -> ComplaintMessages.diagnosisOther;
        };
        if (manyCustomers > 0) {
            diagnosis += " " + NLS.bind(ComplaintMessages.diagnosisMany, manyCustomers, many);
        }
        if (!unknownText.isEmpty()) {
            diagnosis += " " + unknownText;
        }
        String action = NLS.bind(ComplaintMessages.action, complaining[worst], worstName.toLowerCase(Locale.ROOT));
        return result.conclusion(conclusion, diagnosis, action).build();
    }

    /** The band of a complaint count: 0, 1, 2 up to many - 1 (when there is such a band), many or more. */
    static int band(double count, int many, boolean someBand) {
        if (count < 1) {
            return 0;
        }
        if (count < 2) {
            return 1;
        }
        if (count < many) {
            return 2;
        }
        return someBand ? 3 : 2;
    }

    /** A customer type by its translated name (an admin's own value as stored). */
    static String label(String value) {
        try {
            Object text = ComplaintMessages.class.getField("type_" + value).get(null);
            if (text instanceof String name) {
                return name;
            }
        } catch (ReflectiveOperationException e) {
            // an admin's own type: shown as stored
        }
        return value;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
