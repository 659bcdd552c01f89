package io.clientbench.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaPack;

class SchemaMergerTest {

    private final EPackage base = ExtensionSchemaRegistry.loadBase();

    @Test
    void baseFieldsCarryKindLabelsAndRules() {
        MergedSchema schema = SchemaMerger.merge(base, List.of());
        FieldDescriptor name = schema.customer().field("fullName").orElseThrow();
        assertEquals(FieldKind.TEXT, name.kind());
        assertTrue(name.required());
        assertEquals(200, name.maxLength());
        assertEquals("客户名称", name.label().text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Customer name", name.label().text(Locale.ENGLISH));

        FieldDescriptor industry = schema.customer().field("industry").orElseThrow();
        assertEquals(FieldKind.ENUM, industry.kind());
        assertEquals(20, industry.literals().size(), "the national standard's sections A-T");
        assertEquals("建筑业", industry.literals().get(4).label().zh());

        FieldDescriptor ease = schema.entity("Need").orElseThrow().field("ease").orElseThrow();
        assertEquals(FieldKind.INTEGER, ease.kind());
        assertEquals(1, ease.min().intValue());
        assertEquals(5, ease.max().intValue());
        assertEquals(FieldKind.MULTI_ENUM, schema.entity("Need").orElseThrow().field("decisionFactors").orElseThrow().kind());
        assertEquals(FieldKind.CHILDREN, schema.customer().field("contacts").orElseThrow().kind());
        assertEquals("phone", schema.entity("Contact").orElseThrow().field("mobile").orElseThrow().masking());
    }

    @Test
    void toBeConfirmedAndToBeCompletedAreExplicitStatesNotEmptyValues() {
        MergedSchema schema = SchemaMerger.merge(base, List.of());
        FieldDescriptor state = schema.entity("PendingField").orElseThrow().field("state").orElseThrow();
        assertTrue(state.required());
        assertEquals(List.of("待确认", "待补充"), state.literals().stream().map(l -> l.label().zh()).toList());
        assertEquals(FieldKind.CHILDREN, schema.customer().field("pendingFields").orElseThrow().kind());
    }

    @Test
    void aPackAddsItsFieldsToTheCustomerForItsIndustriesOnly() throws Exception {
        SchemaPack pack = pack("demo", "E", "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"estimators\""
                + " eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EIntegerObject\"/>");
        MergedSchema schema = SchemaMerger.merge(base, List.of(pack));
        assertEquals(List.of(), schema.problems());
        FieldDescriptor estimators = schema.customer().field("estimators").orElseThrow();
        assertEquals("demo", estimators.source());
        assertEquals(FieldKind.INTEGER, estimators.kind());
        assertTrue(estimators.appliesTo("E"));
        assertFalse(estimators.appliesTo("P"));
        assertTrue(schema.customer().field("fullName").orElseThrow().appliesTo("P"), "base fields apply to everyone");
    }

    @Test
    void aPackThatClashesWithAnExistingFieldIsLeftOutWholeAndReported() throws Exception {
        SchemaPack clashing = pack("clash", "", "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"extra\""
                + " eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString\"/>"
                + "<eStructuralFeatures xsi:type=\"ecore:EAttribute\" name=\"fullName\""
                + " eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString\"/>");
        MergedSchema schema = SchemaMerger.merge(base, List.of(clashing));
        assertTrue(schema.customer().field("extra").isEmpty(), "nothing of a clashing pack is merged");
        assertEquals(1, schema.problems().size());
        assertTrue(schema.problems().get(0).contains("Customer.fullName"), schema.problems().get(0));
        assertEquals(List.of(), schema.packs());
    }

    private static SchemaPack pack(String id, String industries, String features) throws Exception {
        String ecore = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="%1$s" nsURI="urn:test:%1$s" nsPrefix="%1$s">
                  <eClassifiers xsi:type="ecore:EClass" name="Profile">
                    <eAnnotations source="urn:clientbench:schema"><details key="extends" value="Customer"/></eAnnotations>
                    %2$s
                  </eClassifiers>
                </ecore:EPackage>
                """.formatted(id, features);
        EPackage ePackage = EcoreLoader.load(id, new ByteArrayInputStream(ecore.getBytes(StandardCharsets.UTF_8)));
        return new SchemaPack(id, SchemaAnnotations.label(ePackage, id), industries.isEmpty() ? Set.of() : Set.of(industries.split("\\|")), ePackage);
    }
}
