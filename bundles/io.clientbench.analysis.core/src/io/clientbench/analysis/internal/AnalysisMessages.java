package io.clientbench.analysis.internal;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.ParameterType;

/** Localized messages of the analysis engine (messages.properties, messages_zh.properties). */
public final class AnalysisMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.analysis.internal.messages";

    public static String invalidParameter;
    public static String typeInteger;
    public static String typeDecimal;
    public static String typeDate;
    public static String typeText;
    public static String typeBoolean;
    public static String typeChoice;
    public static String today;
    public static String invalidChoice;
    public static String noChoices;
    public static String missingAttribute;
    public static String duplicateId;
    public static String unknownType;
    public static String badDefault;
    public static String badRequiredField;
    public static String creationFailed;
    public static String notAnAnalysis;
    public static String computeFailed;
    public static String noResult;
    public static String unknownAnalysis;
    public static String missingField;
    public static String disabled;
    public static String otherParameters;
    public static String tenThousand;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AnalysisMessages.class);
    }

    private AnalysisMessages() {
    }

    /** The translated name of a parameter type, for messages. */
    public static String typeName(ParameterType type) {
        return switch (type) {
            case INTEGER -> typeInteger;
            case DECIMAL -> typeDecimal;
            case DATE -> typeDate;
            case TEXT -> typeText;
            case BOOLEAN -> typeBoolean;
            case CHOICE -> typeChoice;
        };
    }
}
