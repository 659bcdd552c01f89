package io.clientbench.analysis.gradechanges;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the grade changes (messages.properties, messages_zh.properties). */
public final class GradeChangesMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.gradechanges.messages";

    public static String tableRates;
    public static String tableMatrix;
    public static String seriesSChurn;
    public static String seriesBUpgrade;
    public static String colMonth;
    public static String colComparedWith;
    public static String colSBefore;
    public static String colSLost;
    public static String colSChurn;
    public static String colBBefore;
    public static String colBUp;
    public static String colBUpgrade;
    public static String colChanged;
    public static String colFrom;
    public static String none;
    public static String conclusion;
    public static String diagnosis;
    public static String action;
    public static String notEnough;
    public static String notEnoughDiagnosis;
    public static String notEnoughAction;

    static {
        NLS.initializeMessages(BUNDLE_NAME, GradeChangesMessages.class);
    }

    private GradeChangesMessages() {
    }
}
