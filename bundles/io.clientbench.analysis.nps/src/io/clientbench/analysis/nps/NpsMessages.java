package io.clientbench.analysis.nps;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the NPS analysis (messages.properties, messages_zh.properties). */
public final class NpsMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.nps.messages";

    public static String gaugeName;
    public static String tableGroups;
    public static String seriesGroups;
    public static String colGroup;
    public static String colScores;
    public static String colCustomers;
    public static String colShare;
    public static String promoters;
    public static String passives;
    public static String detractors;
    public static String bandPoor;
    public static String bandGood;
    public static String bandGreat;
    public static String bandExcellent;
    public static String conclusion;
    public static String diagnosisPoor;
    public static String diagnosisGood;
    public static String diagnosisGreat;
    public static String diagnosisExcellent;
    public static String diagnosisFew;
    public static String action;
    public static String empty;
    public static String actionEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, NpsMessages.class);
    }

    private NpsMessages() {
    }
}
