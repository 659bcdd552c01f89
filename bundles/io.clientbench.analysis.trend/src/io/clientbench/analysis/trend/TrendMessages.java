package io.clientbench.analysis.trend;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the spend trend analysis (messages.properties, messages_zh.properties). */
public final class TrendMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.trend.messages";

    public static String tableMonths;
    public static String seriesRevenue;
    public static String colMonth;
    public static String colRevenue;
    public static String colDeals;
    public static String up;
    public static String down;
    public static String directionRising;
    public static String directionFalling;
    public static String directionFlat;
    public static String conclusion;
    public static String conclusionFromNothing;
    public static String conclusionOneMonth;
    public static String diagnosisRising;
    public static String diagnosisFalling;
    public static String diagnosisFlat;
    public static String diagnosisEmptyMonths;
    public static String actionRising;
    public static String actionFalling;
    public static String actionFlat;
    public static String empty;
    public static String actionEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TrendMessages.class);
    }

    private TrendMessages() {
    }
}
