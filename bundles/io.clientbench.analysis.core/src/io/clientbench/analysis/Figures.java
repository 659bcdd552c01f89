package io.clientbench.analysis;

import io.clientbench.analysis.internal.AnalysisMessages;

/**
 * Number texts for analysis results, the same in every analysis: amounts with thousands separators in English and in
 * 万 in Chinese (80万, 12.5万), as the branch sheets write them. Cheap enough for 100k per-customer explanations (a
 * NumberFormat per value would cost more than an RFM grading).
 */
public final class Figures {

    private Figures() {
    }

    /** An amount: with thousands separators, or in ten thousands where the language counts so (80万, 12.5万). */
    public static String money(double amount) {
        String unit = AnalysisMessages.tenThousand;
        if (unit != null && !unit.isBlank() && Math.abs(amount) >= 10_000) {
            return oneDecimal(amount / 10_000) + unit.trim();
        }
        return grouped(Math.round(amount));
    }

    /** At most one decimal, none when it is zero (4.2, 5). */
    public static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** Rounded to two decimals, for table cells. */
    public static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** {@code part} as a percentage of {@code whole} with one decimal at most; 0 when the whole is 0. */
    public static String percent(double part, double whole) {
        return whole == 0 ? "0" : oneDecimal(part * 100 / whole);
    }

    private static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (value < 0) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
