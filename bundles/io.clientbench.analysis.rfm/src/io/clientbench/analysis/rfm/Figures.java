package io.clientbench.analysis.rfm;

/**
 * Cheap number texts for 100k rule explanations (a NumberFormat per value would cost more than the grading itself).
 */
final class Figures {

    private Figures() {
    }

    /** An amount: with thousands separators, or in ten thousands where the language counts so (80万, 12.5万). */
    static String money(double amount) {
        String unit = RfmMessages.tenThousand;
        if (unit != null && !unit.isBlank() && Math.abs(amount) >= 10_000) {
            return oneDecimal(amount / 10_000) + unit.trim();
        }
        return grouped(Math.round(amount));
    }

    /** At most one decimal, none when it is zero (4.2, 5). */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** Rounded to two decimals, for table cells. */
    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
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
