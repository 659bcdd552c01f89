package io.clientbench.analysis.rfm;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the RFM analysis (messages.properties, messages_zh.properties). */
final class RfmMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.rfm.messages";

    static String ruleS;
    static String ruleA;
    static String ruleB;
    static String ruleC;
    static String ruleCNone;
    static String tagVip;
    static String tagPotential;
    static String tagChurn;
    static String tagRegular;
    static String ruleVip;
    static String rulePotential;
    static String ruleChurn;
    static String ruleRegular;
    static String ruleRegularNone;
    static String figures;
    static String tenThousand;
    static String noIndustry;
    static String tableGrades;
    static String tableTags;
    static String tableIndustries;
    static String seriesGrades;
    static String seriesTags;
    static String colGrade;
    static String colTag;
    static String colCustomers;
    static String colShare;
    static String colAmount;
    static String colIndustry;
    static String colActive;
    static String colAverageDeals;
    static String colAverageAmount;
    static String conclusion;
    static String diagnosis;
    static String action;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RfmMessages.class);
    }

    private RfmMessages() {
    }
}
