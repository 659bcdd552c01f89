package io.clientbench.plugins.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import io.clientbench.plugins.PluginException;
import io.clientbench.plugins.PluginFeature;
import io.clientbench.plugins.PluginJobs;
import io.clientbench.plugins.PluginManager;

/**
 * {@code clientbench -application io.clientbench.plugins.manage <command> …}: the installer without a window, for
 * admins' scripts and the install test. It runs the same {@link PluginManager} as Help › Install Plugin, on the
 * installation it is started from. Prints one plugin per line as {@code id<TAB>version<TAB>name}; exits with 0 on
 * success, 1 on a failure (the translated reason and p2's details on standard error), 2 on a usage error.
 */
public final class ManageApplication implements IApplication {

    private static final Integer FAILED = 1, USAGE = 2;

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            err.println(PluginMessages.usage);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            PluginManager manager = PluginManager.forRunningProduct();
            NullProgressMonitor monitor = new NullProgressMonitor();
            switch (args[0]) {
                case "list" -> {
                    List<PluginFeature> installed = manager.installed();
                    installed.forEach(p -> out.println(line(p)));
                    if (installed.isEmpty()) {
                        err.println(PluginMessages.none);
                    }
                }
                case "available" -> {
                    if (rest.size() != 1) {
                        return usage(err);
                    }
                    manager.available(location(rest.get(0)), monitor).forEach(p -> out.println(line(p)));
                }
                case "install" -> {
                    if (rest.isEmpty()) {
                        return usage(err);
                    }
                    URI repository = location(rest.get(0));
                    List<String> features = rest.size() > 1 ? rest.subList(1, rest.size())
                            : manager.available(repository, monitor).stream().map(PluginFeature::id).toList();
                    List<PluginFeature> installed = manager.install(repository, features, monitor);
                    installed.forEach(p -> out.println(line(p)));
                    err.println(NLS.bind(PluginMessages.installed, PluginJobs.describe(installed)));
                }
                case "update" -> {
                    List<PluginFeature> updated = manager.update(rest, monitor);
                    updated.forEach(p -> out.println(line(p)));
                    err.println(updated.isEmpty() ? PluginMessages.upToDate : NLS.bind(PluginMessages.updated, PluginJobs.describe(updated)));
                }
                case "uninstall" -> {
                    if (rest.isEmpty()) {
                        return usage(err);
                    }
                    manager.uninstall(rest, monitor);
                    err.println(NLS.bind(PluginMessages.uninstalled, String.join(", ", rest)));
                }
                default -> {
                    return usage(err);
                }
            }
            return EXIT_OK;
        } catch (PluginException e) {
            err.println(e.details());
            return FAILED;
        } catch (OperationCanceledException e) {
            err.println(PluginMessages.canceled);
            return FAILED;
        }
    }

    private static URI location(String argument) throws PluginException {
        return PluginManager.repositoryLocation(Path.of(argument));
    }

    private static String line(PluginFeature plugin) {
        return plugin.id() + '\t' + plugin.version() + '\t' + plugin.name();
    }

    private static Integer usage(PrintStream err) {
        err.println(PluginMessages.usage);
        return USAGE;
    }

    @Override
    public void stop() {
        // p2 operations run to their end: a half-written profile is worse than a late exit
    }
}
