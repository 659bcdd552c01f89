package io.clientbench.analysis.forecast;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the forecast analysis (messages.properties, messages_zh.properties). */
public final class ForecastMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.forecast.messages";

    public static String tableOwners;
    public static String tableSummary;
    public static String seriesOwners;
    public static String colOwner;
    public static String colCustomers;
    public static String colPipeline;
    public static String colWeighted;
    public static String colMeasure;
    public static String colValue;
    public static String rowCustomers;
    public static String rowPipeline;
    public static String rowWeighted;
    public static String rowIncomplete;
    public static String noOwner;
    public static String conclusion;
    public static String diagnosis;
    public static String diagnosisIncomplete;
    public static String action;
    public static String empty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ForecastMessages.class);
    }

    private ForecastMessages() {
    }
}
