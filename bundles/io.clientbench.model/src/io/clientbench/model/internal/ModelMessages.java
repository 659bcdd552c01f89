package io.clientbench.model.internal;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the schema bundle (messages.properties, messages_zh.properties). */
public final class ModelMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.model.internal.messages";

    public static String unknownEntity;
    public static String unknownField;
    public static String invalidName;
    public static String nameTaken;
    public static String missingLabel;
    public static String noValues;
    public static String notAValueList;
    public static String literalTaken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ModelMessages.class);
    }

    private ModelMessages() {
    }
}
