package io.clientbench.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.clientbench.core.TestSchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.SchemaChangeException;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;
import io.clientbench.model.SchemaRegistry;

/** The schema editor's pending edits: each checked against the ones before, refused edits leave no trace, undo replays. */
class SchemaDraftTest {

    private static final NewField WECHAT = new NewField("Customer", "wechatGroup", FieldKind.TEXT, new Label("微信群", "WeChat group"),
            null, false, null, null, List.of());
    private SchemaRegistry registry;
    private SchemaDraft draft;

    @BeforeEach
    void draft() throws InterruptedException {
        registry = TestSchema.registry();
        draft = new SchemaDraft(registry, SchemaOverlay.empty());
    }

    @Test
    void anEditSeesTheEditsBeforeItAndTheOverlayInForceIsUntouched() throws Exception {
        draft.apply(SchemaEdit.addField(WECHAT));
        draft.apply(SchemaEdit.relabelField("Customer", "wechatGroup", WECHAT.label(), new Label("客户微信群", "Customer WeChat group")));
        assertEquals("客户微信群", draft.preview().customer().field("wechatGroup").orElseThrow().label().zh());
        assertTrue(draft.current().customer().field("wechatGroup").isEmpty(), "nothing in force before apply");
        assertTrue(registry.schema().customer().field("wechatGroup").isEmpty(), "the registry is not changed by a draft");
        assertTrue(draft.isDirty());
        assertEquals(2, draft.edits().size());

        assertEquals("Add field “WeChat group” (Text) to Customer", draft.edits().get(0).description(Locale.ENGLISH, draft.preview()));
        assertEquals("为客户添加字段“微信群”（文本）", draft.edits().get(0).description(Locale.SIMPLIFIED_CHINESE, draft.preview()));
    }

    @Test
    void aRefusedEditLeavesTheDraftAsItWas() throws Exception {
        draft.apply(SchemaEdit.addField(WECHAT));
        SchemaChangeException taken = assertThrows(SchemaChangeException.class, () -> draft.apply(SchemaEdit.addField(WECHAT)));
        assertTrue(taken.getMessage().contains("wechatGroup"), taken.getMessage());
        assertEquals(1, draft.edits().size());
        assertThrows(SchemaChangeException.class, () -> draft.apply(SchemaEdit.hideValue("Customer", "sizeBand",
                new Label("规模", "Size"), new EnumLiteral("NOSUCH", new Label("无", "None")))));
        assertEquals(1, draft.edits().size());
    }

    @Test
    void undoTakesBackTheLastEditOnlyAndAppliedMakesTheDraftTheNewBase() throws Exception {
        draft.apply(SchemaEdit.addField(WECHAT));
        draft.apply(SchemaEdit.hideField("Customer", "remarks", new Label("备注", "Remarks")));
        assertTrue(draft.preview().customer().field("remarks").orElseThrow().hidden());
        assertTrue(draft.undo());
        assertFalse(draft.preview().customer().field("remarks").orElseThrow().hidden());
        assertTrue(draft.preview().customer().field("wechatGroup").isPresent());

        SchemaOverlay exported = draft.overlay();
        draft.applied();
        assertFalse(draft.isDirty());
        assertTrue(draft.current().customer().field("wechatGroup").isPresent());
        assertFalse(draft.undo(), "nothing to undo after apply");
        assertTrue(draft.preview().customer().field("wechatGroup").isPresent(), "applied edits are the new base");

        SchemaDraft elsewhere = new SchemaDraft(registry, SchemaOverlay.empty());
        elsewhere.apply(SchemaEdit.importFile("branch.ecore", exported));
        assertTrue(elsewhere.preview().customer().field("wechatGroup").isPresent(), "an exported draft imports elsewhere");
        assertEquals("Import branch schema branch.ecore", elsewhere.edits().get(0).description(Locale.ENGLISH, elsewhere.preview()));
    }
}
