package io.clientbench.analysis.tags;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the value, need and status tags (messages.properties, messages_zh.properties). */
public final class TagsMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.tags.messages";

    public static String valueHigh;
    public static String valueMid;
    public static String valueLow;
    public static String ruleValueHigh;
    public static String ruleValueMid;
    public static String ruleValueLow;
    public static String statusIntent;
    public static String statusPotential;
    public static String statusChurned;
    public static String statusActive;
    public static String ruleIntentDate;
    public static String ruleIntentNeed;
    public static String rulePotential;
    public static String ruleChurned;
    public static String ruleActive;
    public static String needPrice;
    public static String needFunction;
    public static String needService;
    public static String ruleNeedPrice;
    public static String ruleNeedFunction;
    public static String ruleNeedService;
    public static String tableValue;
    public static String tableStatus;
    public static String tableNeed;
    public static String tableCross;
    public static String seriesValue;
    public static String seriesStatus;
    public static String colTag;
    public static String colRule;
    public static String colCustomers;
    public static String colShare;
    public static String colValue;
    public static String conclusion;
    public static String diagnosis;
    public static String action;
    public static String none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TagsMessages.class);
    }

    private TagsMessages() {
    }
}
