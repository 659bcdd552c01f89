package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisDescriptor;
import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.analysis.AnalysisRegistry.Outcome;
import io.clientbench.analysis.ParameterDescriptor;
import io.clientbench.analysis.ParameterType;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.ColumnKind;
import io.clientbench.analysis.dataset.Dataset;
import io.clientbench.analysis.dataset.DatasetSpec;

/**
 * The extension point as a third party meets it: descriptors read from plugin.xml/fragment.xml, classes created on
 * first use, and every kind of broken contribution (fragment.xml of this fragment) disabled with its reason while
 * the others keep working.
 */
class AnalysisRegistryTest {

    private static final boolean CHINESE = "zh".equals(System.getProperty("clientbench.expectedLanguage", "en"));

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private AnalysisRegistry registry;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        registry = Services.get(AnalysisRegistry.class);
        dataset = Services.emptyDataset();
        Services.customer(dataset, 1, "E");
        Services.deal(dataset, 10, 1, TODAY, 100);
        Services.deal(dataset, 11, 1, TODAY, 250);
    }

    @Test
    void descriptorsAreReadIntoTypedValues() {
        AnalysisDescriptor sum = descriptor("test.sum");
        assertEquals("Deal sum", sum.label());
        assertEquals("io.clientbench.analysis.core", sum.contributor(), "a fragment contributes in its host's name");
        assertEquals(List.of("Deal.amount"), sum.requiredFields());
        assertEquals(List.of("E", "F"), sum.industry());
        assertTrue(sum.appliesTo("E"));
        assertFalse(sum.appliesTo("P"));
        assertEquals(1, sum.parameters().size());
        assertEquals(ParameterType.DECIMAL, sum.parameter("minimum").orElseThrow().type());
        assertEquals("0", sum.parameter("minimum").orElseThrow().defaultValue());

        AnalysisDescriptor rfm = descriptor("io.clientbench.analysis.rfm");
        assertTrue(rfm.enabled(), rfm.status().reason());
        assertFalse(rfm.label().startsWith("%"), "label translated from plugin.properties: " + rfm.label());
        assertTrue(List.of("RFM grading", "RFM 客户分级").contains(rfm.label()), rfm.label());
        assertEquals(List.of("Customer.industry", "Deal.date", "Deal.amount"), rfm.requiredFields());
        assertEquals(14, rfm.parameters().size());
        assertEquals(ParameterType.DATE, rfm.parameter("analysisDate").orElseThrow().type());
        assertEquals("today", rfm.parameter("analysisDate").orElseThrow().defaultValue());
        assertEquals("365", rfm.parameter("windowDays").orElseThrow().defaultValue());
        assertTrue(rfm.appliesTo(null), "no industry attribute: any industry");
    }

    @Test
    void anAnalysisIsCreatedOnFirstComputationAndOnlyOnce() {
        assertTrue(registry.analysis("test.lazy").isPresent());
        assertEquals(0, LazyAnalysis.CREATED.get(), "reading the descriptors loads no class");
        Parameters none = Parameters.defaults(descriptor("test.lazy"), TODAY);
        assertEquals("rows 1", registry.compute("test.lazy", dataset, none).result().conclusion().orElseThrow().conclusion());
        registry.compute("test.lazy", dataset, none);
        assertEquals(1, LazyAnalysis.CREATED.get());
    }

    @Test
    void aWorkingAnalysisComputesWithItsParameters() {
        Parameters defaults = Parameters.defaults(descriptor("test.sum"), TODAY);
        assertEquals(350.0, sum(registry.compute("test.sum", dataset, defaults)));
        assertEquals(250.0, sum(registry.compute("test.sum", dataset, defaults.with("minimum", "200"))));
    }

    @Test
    void anAnalysisThatThrowsIsDisabledWithItsReasonAndTheOthersStillRun() {
        Parameters none = Parameters.defaults(descriptor("test.failing"), TODAY);
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        Outcome failed;
        try {
            failed = registry.compute("test.failing", dataset, none);
        } finally {
            Platform.removeLogListener(listener);
        }
        // reported through the engine's log, with the plugin's own exception for the developer
        assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains("test.failing")
                && s.getException() instanceof AssertionError), logged.toString());
        assertFalse(failed.ok());
        assertTrue(failed.problem().contains("deliberately broken test analysis"), failed.problem());
        AnalysisDescriptor disabled = descriptor("test.failing");
        assertFalse(disabled.enabled());
        assertTrue(disabled.status().reason().contains("deliberately broken test analysis"), disabled.status().reason());

        Outcome again = registry.compute("test.failing", dataset, none);
        assertFalse(again.ok());
        assertEquals(1, FailingAnalysis.CALLS.get(), "a disabled analysis is not called again");
        assertEquals(350.0, sum(registry.compute("test.sum", dataset, Parameters.defaults(descriptor("test.sum"), TODAY))));
    }

    @Test
    void classesThatCannotBeCreatedAreDisabledWithTheReason() {
        for (String id : List.of("test.missingClass", "test.brokenInit", "test.notAnAnalysis")) {
            assertTrue(descriptor(id).enabled(), "not known to be broken before its first use: " + id);
            Outcome outcome = registry.compute(id, dataset, Parameters.defaults(descriptor(id), TODAY));
            assertFalse(outcome.ok(), id);
            AnalysisDescriptor after = descriptor(id);
            assertFalse(after.enabled(), id);
            assertFalse(after.status().reason().isBlank(), id);
        }
        assertTrue(descriptor("test.missingClass").status().reason().contains("NoSuchAnalysis"), descriptor("test.missingClass").status().reason());
        assertTrue(descriptor("test.brokenInit").status().reason().contains("ArithmeticException"), descriptor("test.brokenInit").status().reason());
        assertTrue(descriptor("test.notAnAnalysis").status().reason().contains("java.lang.Object"), descriptor("test.notAnAnalysis").status().reason());
    }

    @Test
    void anInvalidDeclarationOrADuplicateIdIsListedDisabled() {
        AnalysisDescriptor bad = descriptor("test.badDeclaration");
        assertFalse(bad.enabled());
        assertTrue(bad.status().reason().contains("moment"), bad.status().reason());
        assertTrue(bad.status().reason().contains("many"), bad.status().reason());
        // a choice without choices, and a default that is none of them (the message lists the labels, a value for a missing one)
        assertTrue(bad.status().reason().contains("colour"), bad.status().reason());
        assertTrue(bad.status().reason().contains("circle") && bad.status().reason().contains("Square (square), triangle (triangle)"), bad.status().reason());
        assertFalse(registry.compute("test.badDeclaration", dataset, Parameters.defaults(bad, TODAY)).ok());

        List<AnalysisDescriptor> sums = registry.analyses().stream().filter(d -> d.id().equals("test.sum")).toList();
        assertEquals(2, sums.size(), "the duplicate stays visible");
        assertTrue(sums.get(0).enabled(), "the first keeps the id");
        assertFalse(sums.get(1).enabled());
        assertEquals("Duplicate id", sums.get(1).label());
        assertTrue(registry.requiredFields().containsAll(List.of("Customer.industry", "Deal.date", "Deal.amount")), registry.requiredFields().toString());
    }

    @Test
    void invalidParametersOrMissingFieldsAreReportedWithoutDisabling() {
        AnalysisDescriptor sum = descriptor("test.sum");
        Outcome invalid = registry.compute("test.sum", dataset, Parameters.defaults(sum, TODAY).with("minimum", "ten"));
        assertFalse(invalid.ok());
        assertTrue(invalid.problem().contains("ten"), invalid.problem());

        Dataset withoutAmounts = new Dataset(new DatasetSpec().add("Deal", "date", ColumnKind.DATE));
        Outcome missing = registry.compute("test.sum", withoutAmounts, Parameters.defaults(sum, TODAY));
        assertFalse(missing.ok());
        assertTrue(missing.problem().contains("Deal.amount"), missing.problem());
        assertTrue(descriptor("test.sum").enabled());
        assertFalse(registry.compute("no.such.analysis", dataset, Parameters.defaults(List.of(), TODAY)).ok());
        // another analysis's parameters are the caller's mistake, not the analysis's
        Outcome wrong = registry.compute("io.clientbench.analysis.rfm", dataset, Parameters.defaults(sum, TODAY));
        assertFalse(wrong.ok());
        assertTrue(descriptor("io.clientbench.analysis.rfm").enabled());
    }

    @Test
    void parametersParseByTheirType() {
        Parameters rfm = Parameters.defaults(descriptor("io.clientbench.analysis.rfm"), TODAY);
        assertEquals(TODAY, rfm.date("analysisDate"), "the default 'today'");
        assertEquals(LocalDate.of(2026, 1, 31), rfm.with("analysisDate", "2026-01-31").date("analysisDate"));
        assertEquals(365, rfm.integer("windowDays"));
        assertEquals(List.of(), rfm.problems());
        assertEquals(1, rfm.with("windowDays", "1.5").problems().size());
        // "today" in the workbench's language is today too (what the settings form shows in Chinese)
        assertEquals(TODAY, rfm.with("analysisDate", ParameterDescriptor.todayLabel()).date("analysisDate"));
        assertEquals(CHINESE ? "今天" : "today", ParameterDescriptor.todayLabel());
    }

    private AnalysisDescriptor descriptor(String id) {
        return registry.analysis(id).orElseThrow(() -> new AssertionError("no analysis " + id));
    }

    private static double sum(Outcome outcome) {
        assertTrue(outcome.ok(), outcome.problem());
        return (Double) outcome.result().table("sum").orElseThrow().rows().get(0).get(0);
    }
}
