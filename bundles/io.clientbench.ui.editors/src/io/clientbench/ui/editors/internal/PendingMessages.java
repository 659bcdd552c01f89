package io.clientbench.ui.editors.internal;

import org.eclipse.osgi.util.NLS;

/** The editor's 待确认/待补充 labels (pending.properties, pending_zh.properties). */
public final class PendingMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.editors.internal.pending";

    public static String markConfirm;
    public static String markComplete;
    public static String markClear;
    public static String markedConfirm;
    public static String markedComplete;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PendingMessages.class);
    }

    private PendingMessages() {
    }
}
