package io.clientbench.store.internal;

import org.eclipse.osgi.util.NLS;

/** Localized store messages (messages.properties, messages_zh.properties). */
public final class StoreMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.store.internal.messages";

    public static String databaseInUse;
    public static String folderNotWritable;
    public static String databaseError;
    public static String incompatibleChange;
    public static String conflict;
    public static String wrongPassword;
    public static String purgeNotHidden;
    public static String migrationCanceled;
    public static String unknownEntity;
    public static String importCanceled;
    public static String importUnknown;
    public static String importAlreadyUndone;
    public static String importEditedSince;
    public static String importOwnsRecords;
    public static String mergeUnknown;
    public static String mergeAlreadyUndone;
    public static String mergeTooOld;
    public static String mergeChangedSince;
    public static String passwordRule;
    public static String passwordsDiffer;

    static {
        NLS.initializeMessages(BUNDLE_NAME, StoreMessages.class);
    }

    private StoreMessages() {
    }
}
