package io.clientbench.analysis.complaints;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the complaints by customer type analysis (messages.properties, messages_zh.properties). */
public final class ComplaintMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.complaints.messages";

    public static String tableTypes;
    public static String seriesRate;
    public static String heatmapName;
    public static String heatmapRows;
    public static String heatmapColumns;
    public static String heatmapValues;
    public static String bandNone;
    public static String bandOne;
    public static String bandSome;
    public static String bandMany;
    public static String colType;
    public static String colCustomers;
    public static String colComplaining;
    public static String colRate;
    public static String colComplaints;
    public static String colPerCustomer;
    public static String type_NEW;
    public static String type_EXISTING;
    public static String type_CHURNED;
    public static String notSet;
    public static String conclusion;
    public static String diagnosisChurned;
    public static String diagnosisNew;
    public static String diagnosisExisting;
    public static String diagnosisOther;
    public static String diagnosisMany;
    public static String diagnosisUnknown;
    public static String action;
    public static String noComplaints;
    public static String actionNoComplaints;
    public static String empty;
    public static String actionEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ComplaintMessages.class);
    }

    private ComplaintMessages() {
    }
}
