package io.clientbench.plugins.internal;

import org.eclipse.osgi.util.NLS;

/** The plugin manager's translated texts (messages.properties, messages_zh.properties). */
public final class PluginMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.plugins.internal.messages";

    public static String noProfile;
    public static String notRepository;
    public static String featureNotFound;
    public static String nothingToInstall;
    public static String notPlugin;
    public static String cannotInstall;
    public static String cannotUninstall;
    public static String cannotUpdate;
    public static String job_install;
    public static String job_uninstall;
    public static String job_update;
    public static String installed;
    public static String uninstalled;
    public static String updated;
    public static String upToDate;
    public static String none;
    public static String usage;
    public static String canceled;
    public static String noCollector;
    public static String notCollected;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PluginMessages.class);
    }

    private PluginMessages() {
    }
}
