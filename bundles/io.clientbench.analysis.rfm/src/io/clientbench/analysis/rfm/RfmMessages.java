package io.clientbench.analysis.rfm;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the RFM analysis (messages.properties, messages_zh.properties). */
public final class RfmMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.rfm.messages";

    public static String ruleS;
    public static String ruleA;
    public static String ruleB;
    public static String ruleC;
    public static String ruleCNone;
    public static String tagVip;
    public static String tagPotential;
    public static String tagChurn;
    public static String tagRegular;
    public static String ruleVip;
    public static String rulePotential;
    public static String ruleChurn;
    public static String ruleRegular;
    public static String ruleRegularNone;
    public static String figures;
    public static String explanation;
    public static String explanationNoDeals;
    public static String noIndustry;
    public static String tableGrades;
    public static String tableTags;
    public static String tableIndustries;
    public static String seriesGrades;
    public static String seriesTags;
    public static String colGrade;
    public static String colTag;
    public static String colCustomers;
    public static String colShare;
    public static String colAmount;
    public static String colIndustry;
    public static String colActive;
    public static String colAverageDeals;
    public static String colAverageAmount;
    public static String conclusion;
    public static String diagnosis;
    public static String action;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RfmMessages.class);
    }

    private RfmMessages() {
    }
}
