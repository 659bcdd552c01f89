package io.clientbench.analysis.funnel;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the sales-stage funnel (messages.properties, messages_zh.properties). */
public final class FunnelMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.funnel.messages";

    public static String stageNeedCollection;
    public static String stageProductDemo;
    public static String stageObjectionHandling;
    public static String stageNegotiation;
    public static String stageClosing;
    public static String stageAfterSales;
    public static String tableStages;
    public static String seriesReached;
    public static String seriesCurrent;
    public static String seriesConversion;
    public static String colStage;
    public static String colCurrent;
    public static String colReached;
    public static String colDeals;
    public static String colConversion;
    public static String colValue;
    public static String colWeighted;
    public static String conclusion;
    public static String diagnosis;
    public static String action;
    public static String none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, FunnelMessages.class);
    }

    private FunnelMessages() {
    }
}
