package io.clientbench.analysis.rollup;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * The three roll-ups sheet 4 derives from 客户分类汇总表 "by conditional filtering plus further processing", a
 * customer per row, salespeople by name (pinyin) and customers without one last, then a total row:
 * <ul>
 * <li>单位购买汇总表: customers with an organisation purchase need within 3 months (三个月内是否有单位购买需求), with the
 * class, expected purchase date, product, deal value, close probability and the forecast value (value × probability,
 * as the counts sheet sums it), earliest expected date first;</li>
 * <li>个人购买汇总表: the same for an individual purchase need (个人购买需求); the cost-software pack's 可接收价格 is not
 * here, as this analysis applies to every industry;</li>
 * <li>用户升级分析表: customers with an upgrade value (升级产值), with the class, the user importance and the upgrade deals
 * dated in the period, largest upgrade value first.</li>
 * </ul>
 */
final class DerivedSheets {

    static final String TABLE_ORGANISATION = "organisationPurchases", TABLE_INDIVIDUAL = "individualPurchases", TABLE_UPGRADE = "upgrades";
    private static final Collator BY_NAME = Collator.getInstance(Locale.CHINA);

    private final DataTable customers;
    private final int[] groupOf;
    private final int noOwner;

    /** @param groupOf each customer row's salesperson code, {@code noOwner} for none */
    DerivedSheets(Dataset dataset, int[] groupOf, int noOwner) {
        this.customers = dataset.customers();
        this.groupOf = groupOf;
        this.noOwner = noOwner;
    }

    /** 单位购买汇总表 or 个人购买汇总表: the customers whose yes/no field says they need to buy within 3 months. */
    AnalysisResult.Table purchases(String id, String title, String needField) {
        double[] need = customers.numbers(needField), values = customers.numbers("expectedDealValue"), probabilities = customers.numbers("closeProbability");
        int[] expected = customers.dates("expectedPurchaseDate");
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < customers.size(); row++) {
            if (need[row] == 1) {
                rows.add(row);
            }
        }
        rows.sort(byOwner().thenComparingInt(row -> expected[row] == DataTable.NO_DATE ? Integer.MAX_VALUE : expected[row]));
        List<List<Object>> lines = new ArrayList<>();
        double totalValue = 0, totalForecast = 0;
        for (int row : rows) {
            double value = values[row], p = probabilities[row];
            boolean probability = p >= 0 && p <= 1;
            double forecast = !Double.isNaN(value) && probability ? value * p : 0;
            totalValue += Double.isNaN(value) ? 0 : value;
            totalForecast += forecast;
            lines.add(List.of(owner(row), text(row, "fullName"), text(row, "customerClass"),
                    expected[row] == DataTable.NO_DATE ? "" : LocalDate.ofEpochDay(expected[row]), text(row, "expectedProduct"),
                    Double.isNaN(value) ? "" : (Object) round(value), probability ? (Object) round(p * 100) : "", round(forecast)));
        }
        lines.add(List.of(RollupMessages.total, rows.size(), "", "", "", round(totalValue), "", round(totalForecast)));
        return new AnalysisResult.Table(id, title, List.of(RollupMessages.colOwner, RollupMessages.colCustomer, RollupMessages.colClass,
                RollupMessages.colExpectedDate, RollupMessages.colExpectedProduct, RollupMessages.colExpectedValue, RollupMessages.colProbability,
                RollupMessages.colForecast), lines);
    }

    /** 用户升级分析表: the customers with an upgrade value, and their upgrade deals in the period. */
    AnalysisResult.Table upgrades(int[] upgradeDeals) {
        double[] upgrade = customers.numbers("upgradeValue");
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < customers.size(); row++) {
            if (!Double.isNaN(upgrade[row]) && upgrade[row] > 0) {
                rows.add(row);
            }
        }
        rows.sort(byOwner().thenComparing(row -> -upgrade[row]));
        List<List<Object>> lines = new ArrayList<>();
        double total = 0;
        int deals = 0;
        for (int row : rows) {
            total += upgrade[row];
            deals += upgradeDeals[row];
            String importance = text(row, "userImportance");
            lines.add(List.of(owner(row), text(row, "fullName"), text(row, "customerClass"),
                    "IMPORTANT".equals(importance) ? RollupMessages.important : "ORDINARY".equals(importance) ? RollupMessages.ordinary : importance,
                    round(upgrade[row]), upgradeDeals[row]));
        }
        lines.add(List.of(RollupMessages.total, rows.size(), "", "", round(total), deals));
        return new AnalysisResult.Table(TABLE_UPGRADE, RollupMessages.tableUpgrade, List.of(RollupMessages.colOwner, RollupMessages.colCustomer,
                RollupMessages.colClass, RollupMessages.colImportance, RollupMessages.colUpgradeValue, RollupMessages.colUpgradeDeals), lines);
    }

    /** Salespeople by name, customers without one last. */
    private Comparator<Integer> byOwner() {
        return (a, b) -> {
            boolean noA = groupOf[a] == noOwner, noB = groupOf[b] == noOwner;
            return noA || noB ? Boolean.compare(noA, noB) : BY_NAME.compare(owner(a), owner(b));
        };
    }

    private String owner(int row) {
        return groupOf[row] == noOwner ? RollupMessages.noOwner : customers.dictionary("owner").value(groupOf[row]);
    }

    private String text(int row, String field) {
        Object value = customers.value(row, field);
        return value == null ? "" : value.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
