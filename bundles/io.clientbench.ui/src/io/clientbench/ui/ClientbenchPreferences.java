package io.clientbench.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

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
