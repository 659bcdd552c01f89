package io.clientbench.io.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

import io.clientbench.store.DataLocation;

/**
 * The saved import profiles: one file per profile in a folder of the data folder, so every user of the branch's
 * database finds the mappings made for its monthly CRM export. A profile is found by its name, which may be Chinese.
 */
public final class ImportProfiles {

    private static final String SUFFIX = ".profile.properties";
    private static final ILog LOG = ILog.of(ImportProfiles.class);

    private final Path folder;

    public ImportProfiles(Path folder) {
        this.folder = folder;
    }

    /** The profiles kept beside the database. */
    public static ImportProfiles inDataFolder() {
        return new ImportProfiles(DataLocation.dataFolder().resolve("import-profiles"));
    }

    public Path folder() {
        return folder;
    }

    /** The saved profiles of an entity, by name; a damaged file is logged and left out. */
    public List<ImportProfile> of(String entity) {
        List<ImportProfile> profiles = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return profiles;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    ImportProfile profile = ImportProfile.load(file);
                    if (entity.equals(profile.entity())) {
                        profiles.add(profile);
                    }
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("Cannot read import profile " + file + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list import profiles in " + folder, e);
        }
        profiles.sort(Comparator.comparing(ImportProfile::name));
        return profiles;
    }

    /** Saves a profile under its name, replacing one of the same name. */
    public Path save(ImportProfile profile) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(profile.name()));
        profile.save(file);
        return file;
    }

    /** A file name for any profile name: letters and digits of any script kept, anything else an underscore. */
    static String fileName(String name) {
        String safe = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return (safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe) + SUFFIX;
    }
}
