package io.clientbench.analysis.valuefrequency;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the order value and frequency analysis (messages.properties, messages_zh.properties). */
public final class ValueFrequencyMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.valuefrequency.messages";

    public static String tableSegments;
    public static String seriesSegments;
    public static String scatterName;
    public static String axisFrequency;
    public static String axisValue;
    public static String colSegment;
    public static String colCustomers;
    public static String colCustomerShare;
    public static String colRevenue;
    public static String colRevenueShare;
    public static String colAverageOrder;
    public static String colDealsPerCustomer;
    public static String segmentCore;
    public static String segmentRare;
    public static String segmentSmall;
    public static String segmentOccasional;
    public static String splitMedians;
    public static String splitSettings;
    public static String conclusion;
    public static String diagnosis;
    public static String diagnosisNoDeals;
    public static String action;
    public static String empty;
    public static String actionEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ValueFrequencyMessages.class);
    }

    private ValueFrequencyMessages() {
    }
}
