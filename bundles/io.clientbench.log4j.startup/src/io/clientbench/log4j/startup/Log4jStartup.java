package io.clientbench.log4j.startup;

import org.apache.logging.log4j.LogManager;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Finishes the Log4j API's start-up (POI logs through it) on the framework's start-level thread. The API's OSGi
 * activator takes a start-up lock that only a logging provider releases, and the product has none: the thread that
 * activated the bundle (the start-level thread, when SPI Fly reads its services) keeps the lock for ever, and any other
 * thread asking for a logger — an XLSX export from a button — waited for ever. Asking for the logger context here,
 * started at a start level on that same thread, passes the reentrant lock and completes the look-up once (falling back
 * to the API's simple logger), after which no thread takes the lock again. Must be auto-started (product and UI tests).
 */
public final class Log4jStartup implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        LogManager.getContext(false);
    }

    @Override
    public void stop(BundleContext context) {
        // nothing held
    }
}
