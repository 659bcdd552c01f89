package io.clientbench.store.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Derby's interactive SQL tool (ij) in a second JVM, built from the Derby jars of the test runtime. */
final class IjProcess {

    private IjProcess() {
    }

    /**
     * @param logFolder where the other JVM's derby.log goes
     * @param options   extra -D options for ij
     * @param arguments ij's arguments (e.g. a script to run); none for interactive input
     */
    static Process start(Path logFolder, List<String> options, String... arguments) throws Exception {
        String classpath = Stream.of("derby", "org.apache.derby.shared", "org.apache.derby.tools")
                .map(name -> FileLocator.getBundleFileLocation(bundle(name)).orElseThrow()).map(File::getAbsolutePath)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classpath,
                "-Dderby.stream.error.file=" + logFolder.resolve("other-derby.log"), "-Dfile.encoding=UTF-8"));
        command.addAll(options);
        command.add("org.apache.derby.tools.ij");
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Bundle bundle(String symbolicName) {
        return Stream.of(FrameworkUtil.getBundle(IjProcess.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("bundle " + symbolicName + " not in the test runtime"));
    }
}
