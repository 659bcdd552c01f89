package io.clientbench.core.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clientbench.core.TestSchema;

/** The form's undo and redo: a run of typing in one field is one step; a new edit clears the redo steps. */
class RecordDraftTest {

    @Test
    void undoTakesBackARunOfTypingPerFieldAndRedoMakesItAgain() throws Exception {
        RecordDraft draft = new RecordDraft(TestSchema.merged().customer(), Map.of("fullName", "成都建工", "region", "成都"));
        assertFalse(draft.canUndo());
        draft.set("region", "成都市");
        draft.set("region", "成都市高新区"); // the same field typed on: one step
        draft.set("fullName", "成都建工集团");
        assertTrue(draft.isDirty());

        assertEquals(Optional.of("fullName"), draft.undo());
        assertEquals("成都建工", draft.input("fullName"));
        assertEquals(Optional.of("region"), draft.undo());
        assertEquals("成都", draft.input("region"));
        assertFalse(draft.isDirty(), "every step undone: nothing to save");
        assertEquals(Optional.empty(), draft.undo());

        assertEquals(Optional.of("region"), draft.redo());
        assertEquals("成都市高新区", draft.input("region"));
        assertTrue(draft.canRedo());
        draft.set("remarks", "新客户");
        assertFalse(draft.canRedo(), "a new edit clears the redo steps");
        draft.set("remarks", "新客户");
        assertEquals(Optional.of("remarks"), draft.undo());
        assertEquals(Optional.of("region"), draft.undo(), "setting the same text again is no step");
    }

    @Test
    void aLockedFieldKeepsItsStoredTextIsNotValidatedAndIsNeverAChange() throws Exception {
        var contact = TestSchema.merged().entity("Contact").orElseThrow();
        RecordDraft draft = new RecordDraft(contact, Map.of("name", "张*", "mobile", "138****5678", "title", "经理"));
        draft.lock("mobile");
        draft.lock("name");
        assertTrue(draft.isLocked("mobile"));
        draft.set("mobile", "13900000000");
        assertEquals("138****5678", draft.input("mobile"), "a locked field takes no input");
        draft.set("title", "总经理");
        var result = draft.validate("张*");
        assertTrue(result.isValid(), "a masked mobile is no valid mobile, but it is not checked: " + result.violations());
        assertEquals(Map.of("title", "总经理"), draft.changes(result), "only the typed change is saved");

        RecordDraft unlocked = new RecordDraft(contact, Map.of("name", "张*", "mobile", "138****5678"));
        assertFalse(unlocked.validate("张*").isValid(), "the control: unlocked, the masked mobile is refused");
    }
}
