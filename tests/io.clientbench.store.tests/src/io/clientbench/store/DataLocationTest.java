package io.clientbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataLocationTest {

    private static final String HOME = "/home/li";

    @Test
    void systemPropertyWinsOverEverything() {
        Path folder = DataLocation.resolve("/srv/branch", Map.of(DataLocation.ENVIRONMENT, "/env", "XDG_DATA_HOME", "/xdg"), HOME);
        assertEquals(Path.of("/srv/branch"), folder);
    }

    @Test
    void environmentVariableComesNext() {
        assertEquals(Path.of("/env"), DataLocation.resolve(null, Map.of(DataLocation.ENVIRONMENT, "/env", "XDG_DATA_HOME", "/xdg"), HOME));
    }

    @Test
    void xdgDataHomeThenTheHomeFolder() {
        assertEquals(Path.of("/xdg/clientbench"), DataLocation.resolve(" ", Map.of("XDG_DATA_HOME", "/xdg"), HOME));
        assertEquals(Path.of("/home/li/.local/share/clientbench"), DataLocation.resolve(null, Map.of(), HOME));
    }

    @Test
    void databaseLivesInItsOwnSubfolder() {
        assertEquals(Path.of("/data/db"), DataLocation.databaseFolder(Path.of("/data")));
    }
}
