package io.clientbench.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaChangeException;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;

/** The admin's changes: add, relabel, hide, rename a field, add a value; refused changes; export and import. */
class SchemaOverlayTest {

    private final EPackage base = ExtensionSchemaRegistry.loadBase();
    private final MergedSchema original = SchemaMerger.merge(base, List.of());

    private SchemaOverlay branchOverlay() throws SchemaChangeException {
        SchemaOverlay overlay = SchemaOverlay.empty();
        overlay.addField(original, new NewField("Customer", "shortVideoChannel", FieldKind.ENUM, new Label("短视频渠道偏好", "Short-video channel"),
                "interaction", false, null, null, List.of(new EnumLiteral("DOUYIN", new Label("抖音", "Douyin")),
                        new EnumLiteral("KUAISHOU", new Label("快手", "Kuaishou")))));
        overlay.addField(original, new NewField("Customer", "branchCode", FieldKind.TEXT, new Label("分公司编码", "Branch code"),
                null, true, "[A-Z]{2}[0-9]{2}", null, List.of()));
        overlay.relabel(original, "Customer", "region", new Label("所属区域", "Sales region"));
        overlay.hide(original, "Customer", "decisionChainSize");
        overlay.rename(original, "Customer", "remarks", "notes");
        overlay.addLiteral(original, "Customer", "sizeBand", new EnumLiteral("GROUP", new Label("集团", "Group")));
        return overlay;
    }

    @Test
    void everyKindOfChangeShowsInTheMergedSchema() throws Exception {
        MergedSchema schema = SchemaMerger.merge(base, List.of(), branchOverlay());
        FieldDescriptor channel = schema.customer().field("shortVideoChannel").orElseThrow();
        assertEquals(SchemaOverlay.PACK_ID, channel.source());
        assertEquals(List.of("抖音", "快手"), channel.literals().stream().map(l -> l.label().zh()).toList());
        FieldDescriptor code = schema.customer().field("branchCode").orElseThrow();
        assertTrue(code.required());
        assertEquals("[A-Z]{2}[0-9]{2}", code.pattern());

        assertEquals(new Label("所属区域", "Sales region"), schema.customer().field("region").orElseThrow().label());

        FieldDescriptor hidden = schema.customer().field("decisionChainSize").orElseThrow();
        assertTrue(hidden.hidden(), "hidden, but still in the schema so the store keeps its column and data");

        assertTrue(schema.customer().field("remarks").isEmpty());
        FieldDescriptor notes = schema.customer().field("notes").orElseThrow();
        assertEquals("remarks", notes.column(), "a rename keeps the storage key");

        assertEquals("集团", schema.customer().field("sizeBand").orElseThrow().literals().get(4).label().zh());
        assertEquals(List.of(), schema.problems());
        assertEquals(List.of(), schema.packs(), "the overlay is not listed as a pack");
    }

    @Test
    void illegalChangesAreRefusedWithAMessageNamingEntityAndField() throws Exception {
        SchemaOverlay overlay = SchemaOverlay.empty();
        SchemaChangeException taken = assertThrows(SchemaChangeException.class, () -> overlay.addField(original,
                new NewField("Customer", "fullName", FieldKind.TEXT, new Label("名称", "Name"), null, false, null, null, List.of())));
        assertTrue(taken.getMessage().contains("Customer") && taken.getMessage().contains("fullName"), taken.getMessage());
        assertThrows(SchemaChangeException.class, () -> overlay.addField(original,
                new NewField("Customer", "2bad", FieldKind.TEXT, new Label("x", "x"), null, false, null, null, List.of())));
        assertThrows(SchemaChangeException.class, () -> overlay.addField(original,
                new NewField("Customer", "noValues", FieldKind.ENUM, new Label("x", "x"), null, false, null, null, List.of())));
        assertThrows(SchemaChangeException.class, () -> overlay.rename(original, "Customer", "remarks", "fullName"));
        assertThrows(SchemaChangeException.class, () -> overlay.hide(original, "Customer", "nosuchfield"));
        SchemaChangeException notAList = assertThrows(SchemaChangeException.class, () -> overlay.addLiteral(original, "Customer",
                "fullName", new EnumLiteral("X", new Label("x", "x"))));
        assertTrue(notAList.getMessage().contains("Customer.fullName"), notAList.getMessage());
        assertEquals(original.customer().fields().size(), SchemaMerger.merge(base, List.of(), overlay).customer().fields().size(),
                "a refused change leaves nothing behind");
    }

    @Test
    void aBranchSchemaMovesToAnotherBranchAsOneFile() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        branchOverlay().write(file);
        assertTrue(file.toString(java.nio.charset.StandardCharsets.UTF_8).contains("短视频渠道偏好"));
        SchemaOverlay imported = SchemaOverlay.read(new ByteArrayInputStream(file.toByteArray()));
        MergedSchema there = SchemaMerger.merge(base, List.of(), imported);
        MergedSchema here = SchemaMerger.merge(base, List.of(), branchOverlay());
        assertEquals(names(here), names(there));
        assertFalse(there.customer().field("shortVideoChannel").isEmpty());
        assertTrue(there.customer().field("decisionChainSize").orElseThrow().hidden());
    }

    @Test
    void existingValuesAreRelabelledOrHiddenByNameAndACopyChangesAlone() throws Exception {
        SchemaOverlay overlay = SchemaOverlay.empty();
        overlay.relabelLiteral(original, "Customer", "sizeBand", "LARGE", new Label("大型企业", "Large enterprise"));
        SchemaOverlay copy = overlay.copy();
        copy.hideLiteral(original, "Customer", "sizeBand", "MICRO");

        List<EnumLiteral> literals = SchemaMerger.merge(base, List.of(), copy).customer().field("sizeBand").orElseThrow().literals();
        EnumLiteral large = literals.stream().filter(l -> l.name().equals("LARGE")).findFirst().orElseThrow();
        assertEquals(new Label("大型企业", "Large enterprise"), large.label());
        assertTrue(literals.stream().filter(l -> l.name().equals("MICRO")).findFirst().orElseThrow().hidden(),
                "hidden, still listed, so stored values keep their label");
        assertEquals(original.customer().field("sizeBand").orElseThrow().literals().size(), literals.size());
        assertFalse(SchemaMerger.merge(base, List.of(), overlay).customer().field("sizeBand").orElseThrow().literals().stream()
                .anyMatch(EnumLiteral::hidden), "the original overlay is untouched by a change to its copy");

        assertThrows(SchemaChangeException.class, () -> overlay.relabelLiteral(original, "Customer", "sizeBand", "NOSUCH",
                new Label("x", "x")));
        Label smallLabel = original.customer().field("sizeBand").orElseThrow().literals().stream()
                .filter(l -> l.name().equals("SMALL")).findFirst().orElseThrow().label();
        SchemaChangeException taken = assertThrows(SchemaChangeException.class,
                () -> overlay.relabelLiteral(original, "Customer", "sizeBand", "MICRO", smallLabel));
        assertTrue(taken.getMessage().contains("sizeBand"), taken.getMessage());
    }

    @Test
    void anImportAddsTheOtherBranchsFieldsAndKeepsThisBranchsOwn() throws Exception {
        SchemaOverlay here = SchemaOverlay.empty();
        here.addField(original, new NewField("Customer", "wechatGroup", FieldKind.TEXT, new Label("微信群", "WeChat group"), null,
                false, null, null, List.of()));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        branchOverlay().write(file);
        SchemaOverlay other = SchemaOverlay.read(new ByteArrayInputStream(file.toByteArray()));

        List<String> added = here.importFrom(SchemaMerger.merge(base, List.of(), here), other);
        assertEquals(List.of("Customer.shortVideoChannel", "Customer.branchCode"), added);
        MergedSchema merged = SchemaMerger.merge(base, List.of(), here);
        assertTrue(merged.customer().field("wechatGroup").isPresent(), "this branch's own field stays");
        assertEquals(List.of("DOUYIN", "KUAISHOU"), merged.customer().field("shortVideoChannel").orElseThrow().literals().stream()
                .map(EnumLiteral::name).toList());
        assertTrue(merged.customer().field("decisionChainSize").orElseThrow().hidden());
        assertEquals(List.of(), merged.problems());
        assertEquals(List.of(), here.importFrom(merged, other), "importing the same file again adds nothing");

        SchemaOverlay clash = SchemaOverlay.empty();
        clash.addField(original, new NewField("Customer", "shortVideoChannel", FieldKind.TEXT, new Label("短视频", "Short video"),
                null, false, null, null, List.of()));
        assertThrows(SchemaChangeException.class, () -> clash.importFrom(SchemaMerger.merge(base, List.of(), clash), other),
                "the same name with another kind is refused");
    }

    private static List<String> names(MergedSchema schema) {
        return schema.allFields().map(f -> f.name() + ":" + f.column() + ":" + f.hidden() + ":" + f.label() + ":" + f.literals().size()).toList();
    }
}
