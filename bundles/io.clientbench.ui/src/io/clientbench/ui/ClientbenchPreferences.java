package io.clientbench.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.ILog;
import org.osgi.service.prefs.BackingStoreException;

import io.clientbench.core.navigator.ColumnChoice;

/**
 * The user's Clientbench preferences (Window &gt; Preferences &gt; Clientbench), read through the platform's preference
 * service so that a change on the page is seen at the next read. Keys and defaults live here, once.
 */
public final class ClientbenchPreferences {

    /** The preference node (this bundle's id). */
    public static final String QUALIFIER = "io.clientbench.ui";
    /** ICE score from which a need is high priority (default 60). */
    public static final String ICE_HIGH = "ice.high";
    /** ICE score from which a need is medium priority (default 30); below it, low. */
    public static final String ICE_MEDIUM = "ice.medium";
    /** The name the user is known by in the owner fields ("my customers"); empty means the OS user name. */
    public static final String USER_NAME = "user.name";
    /** The language of the next start: "" (the OS decides), "zh" or "en". */
    public static final String LANGUAGE = "language";
    /** The navigator's chosen columns ({@link ColumnChoice#encode()}); empty: the defaults and the admin's fields. */
    public static final String NAVIGATOR_COLUMNS = "navigator.columns";

    public static final int DEFAULT_ICE_HIGH = 60;
    public static final int DEFAULT_ICE_MEDIUM = 30;

    private ClientbenchPreferences() {
    }

    public static int iceHigh() {
        return Platform.getPreferencesService().getInt(QUALIFIER, ICE_HIGH, DEFAULT_ICE_HIGH, null);
    }

    public static int iceMedium() {
        return Platform.getPreferencesService().getInt(QUALIFIER, ICE_MEDIUM, DEFAULT_ICE_MEDIUM, null);
    }

    /** The user's name as owners are recorded: the preference, else the OS user name. */
    public static String userName() {
        String name = Platform.getPreferencesService().getString(QUALIFIER, USER_NAME, "", null);
        return name.isBlank() ? System.getProperty("user.name") : name.strip();
    }

    public static String language() {
        return Platform.getPreferencesService().getString(QUALIFIER, LANGUAGE, "", null);
    }

    public static ColumnChoice columnChoice() {
        return ColumnChoice.decode(Platform.getPreferencesService().getString(QUALIFIER, NAVIGATOR_COLUMNS, "", null));
    }

    /** Keeps the user's column choice (NONE goes back to the defaults). */
    public static void setColumnChoice(ColumnChoice choice) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        if (choice.chosen().isEmpty()) {
            node.remove(NAVIGATOR_COLUMNS);
        } else {
            node.put(NAVIGATOR_COLUMNS, choice.encode());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(ClientbenchPreferences.class).warn("The navigator's columns could not be kept: " + e.getMessage(), e);
        }
    }

    /** Sets the defaults (registered with org.eclipse.core.runtime.preferences), so "Restore Defaults" restores them. */
    public static final class Initializer extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
            defaults.putInt(ICE_HIGH, DEFAULT_ICE_HIGH);
            defaults.putInt(ICE_MEDIUM, DEFAULT_ICE_MEDIUM);
            defaults.put(USER_NAME, "");
            defaults.put(LANGUAGE, "");
        }
    }
}
