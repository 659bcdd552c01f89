package io.clientbench.analysis.rfm;

import java.time.LocalDate;

import io.clientbench.analysis.Parameters;

/** The grade and tag rules with their thresholds, as the parameters set them (percentages as fractions). */
record RfmRules(LocalDate analysisDate, int windowDays, int sRecency, double sMonetaryAbove, double sFrequencyAbove,
        int aRecency, double aBand, int bRecency, int vipRecency, int vipFrequency, double vipMonetary, int potentialRecency,
        int potentialFrequency, int churnRecency) {

    static RfmRules of(Parameters p) {
        return new RfmRules(p.date("analysisDate"), days(p, "windowDays"), days(p, "sRecencyDays"),
                fraction(p, "sMonetaryAbovePercent"), fraction(p, "sFrequencyAbovePercent"), days(p, "aRecencyDays"),
                fraction(p, "aBandPercent"), days(p, "bRecencyDays"), days(p, "vipRecencyDays"), days(p, "vipFrequency"),
                p.decimal("vipMonetary").doubleValue(), days(p, "potentialRecencyDays"), days(p, "potentialFrequency"),
                days(p, "churnRecencyDays"));
    }

    /** 0 S, 1 A, 2 B, 3 C for a customer who bought {@code r} days ago; see {@link RfmAnalysis} for the readings. */
    int grade(int r, int f, double m, double averageF, double averageM) {
        if (r <= sRecency && m > sMonetaryThreshold(averageM) && f > sFrequencyThreshold(averageF)) {
            return 0;
        }
        if (r <= aRecency && m >= aMonetaryThreshold(averageM) && f >= aFrequencyThreshold(averageF)) {
            return 1;
        }
        return r <= bRecency ? 2 : 3;
    }

    /** 0 VIP, 1 潜力, 2 流失预警, 3 普通 for a customer who bought {@code r} days ago. */
    int tag(int r, int f, double m) {
        if (r <= vipRecency && f >= vipFrequency && m >= vipMonetary) {
            return 0;
        }
        if (r < potentialRecency && f >= potentialFrequency) {
            return 1;
        }
        return r > churnRecency ? 2 : 3;
    }

    double sMonetaryThreshold(double averageM) {
        return averageM * (1 + sMonetaryAbove);
    }

    double sFrequencyThreshold(double averageF) {
        return averageF * (1 + sFrequencyAbove);
    }

    double aMonetaryThreshold(double averageM) {
        return averageM * (1 - aBand);
    }

    double aFrequencyThreshold(double averageF) {
        return averageF * (1 - aBand);
    }

    private static int days(Parameters p, String id) {
        return Math.toIntExact(p.integer(id));
    }

    private static double fraction(Parameters p, String id) {
        return p.decimal(id).doubleValue() / 100;
    }
}
