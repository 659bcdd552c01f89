package io.clientbench.analysis.classification;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the A/B/C/D classification (messages.properties, messages_zh.properties). */
public final class ClassificationMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.classification.messages";

    public static String ruleA;
    public static String ruleB;
    public static String ruleCStage;
    public static String ruleCLate;
    public static String ruleD;
    public static String stageNeedCollection;
    public static String stageProductDemo;
    public static String stageObjectionHandling;
    public static String stageNegotiation;
    public static String stageClosing;
    public static String stageAfterSales;
    public static String explanation;
    public static String expectedIn;
    public static String expectedAgo;
    public static String missing;
    public static String noData;
    public static String noOwner;
    public static String tableClasses;
    public static String tableOwners;
    public static String seriesClasses;
    public static String colClass;
    public static String colCustomers;
    public static String colShare;
    public static String colOwner;
    public static String colTotal;
    public static String conclusion;
    public static String diagnosis;
    public static String action;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ClassificationMessages.class);
    }

    private ClassificationMessages() {
    }
}
