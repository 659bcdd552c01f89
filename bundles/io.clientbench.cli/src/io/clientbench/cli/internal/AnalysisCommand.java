package io.clientbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetLoader;
import io.clientbench.analysis.dataset.DatasetSpec;
import io.clientbench.analysis.report.TableWorkbook;
import io.clientbench.store.StoreException;

/**
 * {@code analysis --list} and {@code analysis <id> [--param k=v ...] --out file.xlsx}: an analysis computed on the
 * dataset loaded from the store (through the output policy's reader) and its tables written as the analysis editor's
 * XLSX export writes them; the monthly roll-up a scheduled job sends.
 */
final class AnalysisCommand {

    private AnalysisCommand() {
    }

    /** One line per analysis: id, enabled or disabled, label, and the reason it is disabled. */
    static int list(AnalysisRegistry analyses, PrintStream out, Locale locale) {
        for (AnalysisDescriptor analysis : analyses.analyses()) {
            out.println(String.join("\t", analysis.id(), CliMessages.format(locale, analysis.enabled() ? "enabled" : "disabled"),
                    analysis.label()) + (analysis.enabled() ? "" : "\t" + analysis.status().reason()));
        }
        return Cli.OK;
    }

    static int run(Cli.Context context) throws Arguments.UsageException, IOException, StoreException {
        String id = Cli.required(context, 1, "analysis <id> --out <file.xlsx>");
        AnalysisDescriptor analysis = context.analyses().analysis(id)
                .orElseThrow(() -> new Arguments.UsageException(context.text("analysisUnknown", id)));
        String outName = context.arguments().option("out");
        if (outName == null) {
            throw new Arguments.UsageException(context.text("missingArgument", "--out <file.xlsx>"));
        }
        if (!analysis.enabled()) {
            context.err().println(context.text("analysisDisabled", id, analysis.status().reason()));
            return Cli.REFUSED;
        }
        Parameters parameters = Parameters.defaults(analysis, LocalDate.now());
        for (String assignment : context.arguments().options("param")) {
            int equals = assignment.indexOf('=');
            String name = equals < 0 ? assignment : assignment.substring(0, equals);
            if (equals < 0 || analysis.parameter(name).isEmpty()) {
                throw new Arguments.UsageException(context.text("paramUnknown", assignment, id,
                        String.join(", ", analysis.parameters().stream().map(p -> p.id()).toList())));
            }
            parameters = parameters.with(name, assignment.substring(equals + 1));
        }
        List<String> problems = parameters.problems();
        if (!problems.isEmpty()) {
            problems.forEach(context.err()::println);
            return Cli.REFUSED;
        }
        DatasetSpec spec = DatasetSpec.available(context.schemas().schema(), context.analyses().requiredFields());
        Dataset dataset = DatasetLoader.load(context.reader(), spec);
        Outcome outcome = context.analyses().compute(id, dataset, parameters);
        if (!outcome.ok()) {
            context.err().println(context.text("analysisFailed", id, outcome.problem()));
            return Cli.REFUSED;
        }
        Path file = Path.of(outName);
        Cli.writeFile(file, out -> TableWorkbook.write(outcome.result().tables(), out));
        outcome.result().conclusion().ifPresent(c -> context.out().println(String.join("\n", c.conclusion(), c.diagnosis(), c.action())));
        context.out().println(context.text("analysisWritten", analysis.label(), outcome.result().tables().size(), file.toAbsolutePath()));
        return Cli.OK;
    }
}
