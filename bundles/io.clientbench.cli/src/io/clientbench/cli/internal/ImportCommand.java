package io.clientbench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.clientbench.io.SourceFile;
import io.clientbench.io.importing.ImportMode;
import io.clientbench.io.importing.ImportProblem;
import io.clientbench.io.importing.ImportProfile;
import io.clientbench.io.importing.ImportProfiles;
import io.clientbench.io.importing.ImportProgress;
import io.clientbench.io.importing.ImportReport;
import io.clientbench.io.importing.ImportTarget;
import io.clientbench.io.importing.Importer;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.StoreException;

/**
 * {@code import <file> [--target customers|contacts|deals] [--profile name|file] [--mode all|valid] [--update-by field]}: the
 * wizard's import without the wizard. Every problem is printed with row, column and field; all-or-nothing (the
 * default) stores nothing when a row is bad. One transaction, undoable in the workbench (File > Undo Import).
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(Cli.Context context) throws Arguments.UsageException, IOException, StoreException {
        Path file = Path.of(Cli.required(context, 1, "import <file>"));
        if (!Files.isRegularFile(file)) {
            throw new Arguments.UsageException(context.text("noSuchFile", file));
        }
        MergedSchema schema = context.schemas().schema();
        SourceFile source = SourceFile.read(file);
        ImportProfile profile = profile(context, schema, source, file);
        ImportTarget target = ImportTarget.of(profile);
        String key = context.arguments().option("update-by");
        if (key != null) {
            if (!target.keyFields(schema).contains(key)) {
                throw new Arguments.UsageException(context.text("keyUnknown", key, String.join(", ", target.keyFields(schema))));
            }
            profile = profile.withKey(key);
        }
        ImportMode mode = mode(context);
        ImportReport report = new Importer(context.store().repository(), schema).run(source.table(), profile, mode,
                file.getFileName().toString(), ImportProgress.NONE);
        Locale locale = context.locale();
        for (ImportProblem problem : report.problems()) {
            context.out().println(problem.message(locale));
        }
        if (!report.stored()) {
            context.err().println(context.text("importRefused", report.rows(), report.badRows().size()));
            return Cli.REFUSED;
        }
        context.out().println(context.text("importStored", report.rows(), report.created(), report.updated(), report.badRows().size(),
                report.batch().id()));
        return report.problems().isEmpty() ? Cli.OK : Cli.PARTIAL;
    }

    /** The profile named or given as a file, else one mapping every recognized header for the target. */
    private static ImportProfile profile(Cli.Context context, MergedSchema schema, SourceFile source, Path file)
            throws Arguments.UsageException, IOException {
        String name = context.arguments().option("profile");
        if (name != null) {
            Path asFile = Path.of(name);
            if (Files.isRegularFile(asFile)) {
                return ImportProfile.load(asFile);
            }
            ImportProfiles saved = new ImportProfiles(context.dataFolder().resolve("import-profiles"));
            for (ImportTarget target : ImportTarget.values()) {
                for (ImportProfile profile : saved.of(target.entity())) {
                    if (profile.name().equals(name)) {
                        return profile;
                    }
                }
            }
            throw new Arguments.UsageException(context.text("profileUnknown", name, saved.folder()));
        }
        String targetName = context.arguments().option("target");
        ImportTarget target;
        if (targetName == null) {
            target = source.format() == SourceFile.Format.VCARD ? ImportTarget.CONTACTS : ImportTarget.CUSTOMERS;
        } else if (targetName.equals("customers") || targetName.equals("contacts") || targetName.equals("deals")) {
            target = ImportTarget.valueOf(targetName.toUpperCase(Locale.ROOT));
        } else {
            throw new Arguments.UsageException(context.text("badValue", "--target", targetName, "customers, contacts, deals"));
        }
        return target.autoProfile(file.getFileName().toString(), schema, source.table());
    }

    private static ImportMode mode(Cli.Context context) throws Arguments.UsageException {
        String mode = context.arguments().option("mode");
        if (mode == null || mode.equals("all")) {
            return ImportMode.ALL_OR_NOTHING;
        }
        if (mode.equals("valid")) {
            return ImportMode.VALID_ROWS_ONLY;
        }
        throw new Arguments.UsageException(context.text("badValue", "--mode", mode, "all, valid"));
    }
}
