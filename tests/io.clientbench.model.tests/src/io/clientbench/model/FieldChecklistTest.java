package io.clientbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Acceptance: every field of the branch sheets exists in the base model or an industry pack. */
class FieldChecklistTest {

    static MergedSchema schemaFromService() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(FieldChecklistTest.class).getBundleContext();
        ServiceTracker<SchemaRegistry, SchemaRegistry> tracker = new ServiceTracker<>(context, SchemaRegistry.class, null);
        tracker.open();
        try {
            SchemaRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "SchemaRegistry service registered by Declarative Services");
            return registry.schema();
        } finally {
            tracker.close();
        }
    }

    @Test
    void everyFieldOfTheSheetsIsInTheMergedSchema() throws Exception {
        MergedSchema schema = schemaFromService();
        assertEquals(List.of(), schema.problems());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                FieldChecklistTest.class.getResourceAsStream("field-checklist.txt"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String term = line.substring(line.indexOf('|') + 1).strip();
                checked++;
                if (schema.allFields().noneMatch(field -> field.isKnownAs(term))) {
                    missing.add(line.strip());
                }
            }
        }
        assertTrue(checked > 150, "the checklist was read: " + checked);
        assertEquals(List.of(), missing, "fields of the sheets missing from the schema");
    }

    @Test
    void everyEntityOfTheIssueIsInTheBaseModel() throws Exception {
        MergedSchema schema = schemaFromService();
        for (String entity : List.of("Customer", "Contact", "Deal", "FollowUp", "Need", "Interaction", "Visit", "VisitRule",
                "Activity", "Invitation", "Tag", "Grade", "PendingField")) {
            assertTrue(schema.entity(entity).isPresent(), entity);
        }
    }

    @Test
    void everyFieldAndEnumValueHasChineseAndEnglishLabels() throws Exception {
        List<String> unlabelled = new ArrayList<>();
        schemaFromService().allFields().forEach(field -> {
            if (field.label().zh().equals(field.name()) || field.label().en().equals(field.name())) {
                unlabelled.add(field.name());
            }
            field.literals().stream().filter(l -> l.label().zh().equals(l.name()) && !l.name().matches("[A-Z]|VIP"))
                    .forEach(l -> unlabelled.add(field.name() + "=" + l.name()));
        });
        assertEquals(List.of(), unlabelled);
    }
}
