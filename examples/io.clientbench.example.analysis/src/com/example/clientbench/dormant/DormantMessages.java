package com.example.clientbench.dormant;

import org.eclipse.osgi.util.NLS;

/** Translated texts (messages.properties, messages_zh.properties), as every Clientbench analysis has them. */
public final class DormantMessages extends NLS {

    private static final String BUNDLE_NAME = "com.example.clientbench.dormant.messages";

    public static String tagDormant;
    public static String rule;
    public static String tableDormant;
    public static String colCustomer;
    public static String colLastDeal;
    public static String colDays;
    public static String conclusion;
    public static String conclusionNone;
    public static String diagnosis;
    public static String action;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DormantMessages.class);
    }

    private DormantMessages() {
    }
}
