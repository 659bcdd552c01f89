package io.clientbench.analysis.pareto;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the Pareto analysis (messages.properties, messages_zh.properties). */
public final class ParetoMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.pareto.messages";

    public static String tagCore;
    public static String tagOther;
    public static String ruleCore;
    public static String ruleOther;
    public static String tableSummary;
    public static String tableCore;
    public static String seriesCurve;
    public static String colMeasure;
    public static String colValue;
    public static String rowBuying;
    public static String rowRevenue;
    public static String rowCore;
    public static String rowCoreShareOfBuying;
    public static String rowCoreShareOfAll;
    public static String rowCoreRevenueShare;
    public static String colRank;
    public static String colCustomer;
    public static String colRevenue;
    public static String colCumulative;
    public static String conclusion;
    public static String diagnosisConcentrated;
    public static String diagnosisSpread;
    public static String action;
    public static String noRevenue;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ParetoMessages.class);
    }

    private ParetoMessages() {
    }
}
