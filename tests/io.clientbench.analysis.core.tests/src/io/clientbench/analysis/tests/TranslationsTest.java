package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

/** Everything the user reads is in English and Chinese: each properties file has a _zh twin with the same keys. */
class TranslationsTest {

    @ParameterizedTest
    @CsvSource({ "io.clientbench.analysis.core, OSGI-INF/l10n/bundle", "io.clientbench.analysis.core, io/clientbench/analysis/internal/messages",
            "io.clientbench.analysis.rfm, plugin", "io.clientbench.analysis.rfm, io/clientbench/analysis/rfm/messages",
            "io.clientbench.analysis.pareto, plugin", "io.clientbench.analysis.pareto, io/clientbench/analysis/pareto/messages",
            "io.clientbench.analysis.forecast, plugin", "io.clientbench.analysis.forecast, io/clientbench/analysis/forecast/messages",
            "io.clientbench.analysis.rollup, plugin", "io.clientbench.analysis.rollup, io/clientbench/analysis/rollup/messages",
            "io.clientbench.analysis.classification, plugin", "io.clientbench.analysis.classification, io/clientbench/analysis/classification/messages",
            "io.clientbench.analysis.tags, plugin", "io.clientbench.analysis.tags, io/clientbench/analysis/tags/messages",
            "io.clientbench.analysis.funnel, plugin", "io.clientbench.analysis.funnel, io/clientbench/analysis/funnel/messages",
            "io.clientbench.analysis.gradechanges, plugin", "io.clientbench.analysis.gradechanges, io/clientbench/analysis/gradechanges/messages",
            "io.clientbench.analysis.distribution, plugin", "io.clientbench.analysis.distribution, io/clientbench/analysis/distribution/messages",
            "io.clientbench.analysis.trend, plugin", "io.clientbench.analysis.trend, io/clientbench/analysis/trend/messages",
            "io.clientbench.analysis.valuefrequency, plugin", "io.clientbench.analysis.valuefrequency, io/clientbench/analysis/valuefrequency/messages",
            "io.clientbench.analysis.complaints, plugin", "io.clientbench.analysis.complaints, io/clientbench/analysis/complaints/messages",
            "io.clientbench.analysis.nps, plugin", "io.clientbench.analysis.nps, io/clientbench/analysis/nps/messages" })
    void chineseHasEveryKeyOfEnglish(String bundleName, String base) throws Exception {
        Bundle bundle = Platform.getBundle(bundleName);
        assertNotNull(bundle, bundleName);
        Properties english = load(bundle, base + ".properties");
        Properties chinese = load(bundle, base + "_zh.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()), bundleName + "/" + base);
        for (String key : english.stringPropertyNames()) {
            // the Chinese text is Chinese, unless the term is the same in both (VIP, the ten-thousand switch)
            if (!english.getProperty(key).equals(chinese.getProperty(key))) {
                assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> c >= 0x3000), key + " = " + chinese.getProperty(key));
            }
        }
    }

    private static Properties load(Bundle bundle, String path) throws Exception {
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, bundle.getSymbolicName() + "/" + path);
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
