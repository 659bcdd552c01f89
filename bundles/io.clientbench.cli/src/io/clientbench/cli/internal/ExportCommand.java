package io.clientbench.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.clientbench.io.RecordExport;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.StoreException;

/**
 * {@code export customers|contacts|deals --format csv|xlsx|vcard <file>}: the workbench's File > Export without a window.
 * Records are read through the output policy's reader (a role's masking applies here).
 */
final class ExportCommand {

    private ExportCommand() {
    }

    static int run(Cli.Context context) throws Arguments.UsageException, IOException, StoreException {
        String what = Cli.required(context, 1, "export customers|contacts|deals");
        if (!what.equals("customers") && !what.equals("contacts") && !what.equals("deals")) {
            throw new Arguments.UsageException(context.text("badValue", "export", what, "customers, contacts, deals"));
        }
        String format = context.arguments().option("format");
        if (format == null) {
            throw new Arguments.UsageException(context.text("missingArgument", "--format csv|xlsx|vcard"));
        }
        Path file = Path.of(Cli.required(context, 2, "export " + what + " --format " + format + " <file>"));
        MergedSchema schema = context.schemas().schema();
        EntitySchema entity = switch (what) {
            case "customers" -> schema.customer();
            case "contacts" -> schema.entity("Contact").orElseThrow();
            default -> schema.entity("Deal").orElseThrow();
        };
        Cli.Writer writer = switch (format) {
            case "csv" -> out -> RecordExport.csv(context.reader(), entity, RecordExport.fields(entity), context.locale(), out);
            case "xlsx" -> out -> RecordExport.xlsx(context.reader(), entity, RecordExport.fields(entity), context.locale(), out);
            case "vcard" -> {
                if (!what.equals("contacts")) {
                    throw new Arguments.UsageException(context.text("vcardContactsOnly"));
                }
                yield out -> RecordExport.vcards(context.reader(), schema, out);
            }
            default -> throw new Arguments.UsageException(context.text("badValue", "--format", format, "csv, xlsx, vcard"));
        };
        Cli.writeFile(file, writer);
        context.out().println(context.text("exported", entity.label().text(context.locale()), file.toAbsolutePath()));
        return Cli.OK;
    }
}
