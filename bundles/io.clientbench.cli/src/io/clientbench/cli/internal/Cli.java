package io.clientbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.io.ImportFileException;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.MaskingRecordRepository;
import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.AuditActor;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StandaloneStore;
import io.clientbench.store.StoreException;

/**
 * The command line's commands on a data folder: {@code import}, {@code export}, {@code analysis}, {@code backup}
 * (see {@code usage} in messages.properties). Runs in-process without a display; the application and the tests call
 * {@link #run}. Opening the database also brings its tables to the schema in force, as the workbench's start does.
 */
public final class Cli {

    public static final int OK = 0;
    /** The database or a file could not be used (in use, wrong password, unreadable). */
    public static final int FAILED = 1;
    /** The input was refused and nothing was stored or written (bad rows, an unknown analysis, bad parameters). */
    public static final int REFUSED = 2;
    /** An import in "valid rows only" mode stored the good rows and left bad ones out. */
    public static final int PARTIAL = 3;
    public static final int USAGE = 64;
    /** The environment variable a scheduled job can keep the database password in (not visible in the process list). */
    public static final String PASSWORD_ENVIRONMENT = "CLIENTBENCH_PASSWORD";
    /** Where a scheduled job keeps the role's password ({@code --role-password} shows in the process list). */
    public static final String ROLE_PASSWORD_ENVIRONMENT = "CLIENTBENCH_ROLE_PASSWORD";

    private final SchemaRegistry schemas;
    private final AnalysisRegistry analyses;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Path defaultData;

    /** What one command works with. */
    record Context(SchemaRegistry schemas, AnalysisRegistry analyses, StandaloneStore store, RecordRepository reader, Arguments arguments,
            Path dataFolder, PrintStream out, PrintStream err, Locale locale) {
        String text(String key, Object... values) {
            return CliMessages.format(locale, key, values);
        }
    }

    public Cli(SchemaRegistry schemas, AnalysisRegistry analyses, PrintStream out, PrintStream err, Locale locale,
            Path defaultData) {
        this.schemas = schemas;
        this.analyses = analyses;
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.defaultData = defaultData;
    }

    public int run(List<String> words) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(words, locale);
            String command = arguments.command();
            if (arguments.has("help") || command == null) {
                out.println(CliMessages.format(locale, "usage"));
                return command == null && !arguments.has("help") ? USAGE : OK;
            }
            if (!List.of("import", "export", "analysis", "backup").contains(command)) {
                throw new Arguments.UsageException(CliMessages.format(locale, "unknownCommand", command));
            }
            if (command.equals("analysis") && arguments.has("list")) {
                return AnalysisCommand.list(analyses, out, locale); // needs no database
            }
            return withStore(arguments);
        } catch (Arguments.UsageException e) {
            err.println(e.getMessage());
            err.println(CliMessages.format(locale, "seeHelp"));
            return USAGE;
        }
    }

    private int withStore(Arguments arguments) throws Arguments.UsageException {
        Path data = arguments.option("data") != null ? Path.of(arguments.option("data")).toAbsolutePath() : defaultData;
        String password = arguments.option("password") != null ? arguments.option("password") : System.getenv(PASSWORD_ENVIRONMENT);
        try (StandaloneStore store = new StandaloneStore(data, password == null ? null : password.toCharArray(), schemas)) {
            store.database().open();
            schemas.useOverlay(store.schemaStore().overlay()); // the branch's own fields, as the workbench starts
            store.schemaStore().migrate(schemas.schema());
            RoleSession session = RoleSession.headless(store.database());
            RecordRepository reader;
            try {
                reader = readerFor(session, store, arguments);
            } catch (RoleException e) {
                err.println(e.message(locale));
                return REFUSED;
            }
            AuditActor.use(() -> session.current().toString()); // the command's changes are logged as its user and role
            Context context = new Context(schemas, analyses, store, reader, arguments, data, out, err, locale);
            return switch (arguments.command()) {
                case "import" -> ImportCommand.run(context);
                case "export" -> ExportCommand.run(context);
                case "analysis" -> AnalysisCommand.run(context);
                default -> backup(context);
            };
        } catch (StoreException e) {
            err.println(e.getLocalizedMessage());
            return FAILED;
        } catch (ImportFileException e) {
            err.println(e.message(locale));
            return FAILED;
        } catch (IOException e) {
            err.println(CliMessages.format(locale, "fileFailed", e.getMessage()));
            return FAILED;
        } finally {
            AuditActor.reset();
        }
    }

    /**
     * The one read path of exports and analyses: the role's masking view of the store (张*, 138****5678). Without
     * {@code --role} the session's own start applies — the administrator while the admin role has no password, sales
     * once it has one — so a scheduled job never writes more than its role may see.
     */
    private RecordRepository readerFor(RoleSession session, StandaloneStore store, Arguments arguments)
            throws RoleException, Arguments.UsageException {
        String roleId = arguments.option("role");
        if (roleId != null) {
            Role role = Role.byId(roleId);
            if (role == null) {
                throw new Arguments.UsageException(CliMessages.format(locale, "badValue", "--role", roleId, "admin, manager, sales, service"));
            }
            String password = arguments.option("role-password") != null ? arguments.option("role-password")
                    : System.getenv(ROLE_PASSWORD_ENVIRONMENT);
            session.switchTo(role, null, password == null ? null : password.toCharArray(), false);
        }
        if (session.policy().masksPersonalData()) {
            err.println(CliMessages.format(locale, "roleMasks", session.role().label(locale)));
        }
        return new MaskingRecordRepository(store.repository(), schemas::schema, session);
    }

    private static int backup(Context context) throws Arguments.UsageException, StoreException {
        Path folder = Path.of(required(context, 1, "backup <folder>")).toAbsolutePath();
        Path copy = context.store().database().backup(folder);
        context.out().println(context.text("backupWritten", copy));
        return OK;
    }

    /** The positional word at {@code index}, or a usage error naming what is missing. */
    static String required(Context context, int index, String what) throws Arguments.UsageException {
        String word = context.arguments().positional(index);
        if (word == null) {
            throw new Arguments.UsageException(context.text("missingArgument", what));
        }
        return word;
    }

    /** Writes a file whole or not at all: into a temporary file beside it, then moved into place. */
    interface Writer {
        void write(OutputStream out) throws IOException, StoreException;
    }

    static void writeFile(Path file, Writer writer) throws IOException, StoreException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".clientbench-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
