package io.clientbench.analysis.rollup;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the classification roll-up (messages.properties, messages_zh.properties). */
public final class RollupMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.rollup.messages";

    public static String tableRollup;
    public static String tableOrganisation;
    public static String tableIndividual;
    public static String tableUpgrade;
    public static String colCustomer;
    public static String colClass;
    public static String colExpectedDate;
    public static String colExpectedProduct;
    public static String colExpectedValue;
    public static String colProbability;
    public static String colForecast;
    public static String colImportance;
    public static String colUpgradeDeals;
    public static String important;
    public static String ordinary;
    public static String seriesClasses;
    public static String colOwner;
    public static String colCustomers;
    public static String colClassA;
    public static String colClassB;
    public static String colClassC;
    public static String colClassD;
    public static String colUnclassified;
    public static String colImportant;
    public static String colOrdinary;
    public static String colOrganisationPurchases;
    public static String colIndividualPurchases;
    public static String colUpgradeValue;
    public static String colForecastValue;
    public static String noOwner;
    public static String total;
    public static String conclusion;
    public static String diagnosis;
    public static String diagnosisComplete;
    public static String action;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RollupMessages.class);
    }

    private RollupMessages() {
    }
}
