package io.clientbench.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Clientbench keeps a user's data. First match wins: the system property {@value #PROPERTY},
 * the environment variable {@value #ENVIRONMENT}, {@code $XDG_DATA_HOME/clientbench},
 * {@code ~/.local/share/clientbench}.
 */
public final class DataLocation {

    public static final String PROPERTY = "clientbench.dataDir";
    public static final String ENVIRONMENT = "CLIENTBENCH_DATA";
    private static final String FOLDER_NAME = "clientbench";

    private DataLocation() {
    }

    /** The data folder for this process. */
    public static Path dataFolder() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
    }

    /** The embedded database inside a data folder. */
    public static Path databaseFolder(Path dataFolder) {
        return dataFolder.resolve("db");
    }

    static Path resolve(String property, Map<String, String> environment, String userHome) {
        if (isSet(property)) {
            return Path.of(property).toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (isSet(fromEnvironment)) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        String xdgData = environment.get("XDG_DATA_HOME");
        if (isSet(xdgData)) {
            return Path.of(xdgData, FOLDER_NAME).toAbsolutePath();
        }
        return Path.of(userHome, ".local", "share", FOLDER_NAME).toAbsolutePath();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
