package io.clientbench.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaPack;

/** The shipped industry packs, contributed through the extension point and merged by the registry service. */
class IndustryPacksTest {

    private final MergedSchema schema = new ExtensionSchemaRegistry().schema();

    @Test
    void bothShippedPacksAreMerged() {
        assertEquals(List.of(), schema.problems());
        assertEquals(Set.of("io.clientbench.industry.costsoftware", "io.clientbench.industry.education"),
                Set.copyOf(schema.packs().stream().map(SchemaPack::id).toList()));
    }

    @Test
    void costSoftwareFieldsApplyToConstructionCustomers() {
        FieldDescriptor specialties = schema.customer().field("specialties").orElseThrow();
        assertEquals(FieldKind.MULTI_ENUM, specialties.kind());
        assertEquals(List.of("土建", "安装", "市政", "装饰", "园林"), specialties.literals().stream().map(l -> l.label().zh()).toList());
        assertEquals("io.clientbench.industry.costsoftware", specialties.source());
        assertTrue(specialties.appliesTo("E"));
        assertFalse(specialties.appliesTo("P"));
    }

    @Test
    void educationFieldsApplyToEducationCustomers() {
        FieldDescriptor campus = schema.customer().field("campusType").orElseThrow();
        assertEquals("校区类型", campus.label().zh());
        assertTrue(campus.appliesTo("P"));
        assertFalse(campus.appliesTo("E"));
    }
}
