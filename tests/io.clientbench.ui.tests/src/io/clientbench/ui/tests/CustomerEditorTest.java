package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;

/**
 * The customer editor driven like a user: create a customer with base and industry fields, save, close, reopen; an
 * invalid value is marked and blocks the save; a save over someone else's newer save shows the conflict dialog.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CustomerEditorTest {

    private final UiRobot robot = new UiRobot();

    @AfterEach
    void closeEditors() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> page.closeAllEditors(false));
    }

    private Text text(String field) {
        return robot.find(WidgetIds.EDITOR_FIELD_PREFIX + field, Text.class);
    }

    private FormEditor activeEditor() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.waitUntil("an active customer editor", () -> page.getActiveEditor() instanceof FormEditor);
        return (FormEditor) robot.onUi(page::getActiveEditor);
    }

    private void showPage(FormEditor editor, String pageId) {
        robot.runOnUi(() -> editor.setActivePage(pageId));
    }

    /** Ctrl+S on the active editor (made active first, see {@link WorkbenchFixture#save}). */
    private void save() {
        WorkbenchFixture.save(robot, robot.onUi(WorkbenchFixture.page(robot)::getActiveEditor));
    }

    private IEditorPart open(long id) {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        return robot.onUi(() -> {
            try {
                return page.openEditor(new CustomerEditorInput(id, ""), CustomerEditorInput.EDITOR_ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits for a modal dialog with this title and returns it (the save runs on the UI thread meanwhile). */
    private Shell dialog(String what, java.util.function.Predicate<Shell> which) {
        Shell[] found = new Shell[1];
        robot.waitUntil(what, () -> {
            found[0] = Arrays.stream(robot.display().getShells()).filter(s -> s.isVisible() && which.test(s)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    void aNewCustomerWithBaseAndIndustryFieldsIsSavedAndReopened() {
        WorkbenchFixture.execute(robot, "io.clientbench.ui.editors.newCustomer", Map.of());
        FormEditor editor = activeEditor();
        WorkbenchFixture.typeInto(robot, "fullName", "QXE Construction Cost Co");
        WorkbenchFixture.typeInto(robot, "region", "Chengdu");
        WorkbenchFixture.choose(robot, "industry", 5); // E, construction: the cost-software pack applies
        showPage(editor, "industry");
        WorkbenchFixture.typeInto(robot, "estimatorCount", "12");
        robot.waitUntil("dirty", editor::isDirty);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-industry"));
        save();
        robot.waitUntil("saved", () -> !editor.isDirty());
        long id = robot.onUi(() -> ((CustomerEditorInput) editor.getEditorInput()).id());
        assertTrue(id > 0);
        assertEquals("QXE Construction Cost Co", robot.onUi(editor::getPartName));

        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
        FormEditor reopened = (FormEditor) open(id);
        assertEquals("QXE Construction Cost Co", robot.onUi(() -> text("fullName").getText()));
        assertEquals("Chengdu", robot.onUi(() -> text("region").getText()));
        showPage(reopened, "industry");
        assertEquals("12", robot.onUi(() -> text("estimatorCount").getText()));
        showPage(reopened, "overview");
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor"));
    }

    @Test
    void anInvalidValueIsMarkedWithItsReasonAndBlocksTheSave() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXF Builders", "industry", "E"));
        FormEditor editor = (FormEditor) open(stored.id());
        showPage(editor, "industry");
        WorkbenchFixture.typeInto(robot, "estimatorCount", "many");
        robot.waitUntil("an error in the form heading", () -> editor.getActivePageInstance().getManagedForm().getForm().getMessageType() == IMessageProvider.ERROR);
        String heading = robot.onUi(() -> editor.getActivePageInstance().getManagedForm().getForm().getMessage());
        assertFalse(heading == null || heading.isBlank());
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-invalid"));

        robot.display().asyncExec(this::save); // the refusal is a modal dialog
        Shell refusal = dialog("the save refused", s -> s.getText().equals("QXF Builders"));
        robot.runOnUi(refusal::close);
        assertTrue(robot.onUi(editor::isDirty), "still dirty");
        assertEquals(stored.values(), records.find("Customer", stored.id()).orElseThrow().values(), "nothing written");
    }

    @Test
    void undoAndRedoTakeBackAndRepeatARunOfTyping() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXH Surveying", "region", "Mianyang"));
        FormEditor editor = (FormEditor) open(stored.id());
        WorkbenchFixture.typeInto(robot, "region", " East");
        robot.waitUntil("dirty", editor::isDirty);

        WorkbenchFixture.execute(robot, "org.eclipse.ui.edit.undo", Map.of()); // Edit > Undo, Ctrl+Z
        robot.waitUntil("the typing taken back", () -> "Mianyang".equals(text("region").getText()) && !editor.isDirty());
        WorkbenchFixture.execute(robot, "org.eclipse.ui.edit.redo", Map.of());
        robot.waitUntil("the typing made again", () -> "Mianyang East".equals(text("region").getText()) && editor.isDirty());
        java.time.LocalDateTime before = java.time.LocalDateTime.now().withNano(0);
        save();
        robot.waitUntil("saved", () -> !editor.isDirty());
        var saved = records.find("Customer", stored.id()).orElseThrow().values();
        assertEquals("Mianyang East", saved.get("region"));
        // a user's save is the record's 更新日期 (staleness reads it)
        assertTrue(saved.get("updatedAt") instanceof java.time.LocalDateTime at && !at.isBefore(before), String.valueOf(saved.get("updatedAt")));
    }

    @Test
    void aDateIsPickedFromTheCalendarBesideTheField() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXJ Transport"));
        FormEditor editor = (FormEditor) open(stored.id());
        Button pick = robot.find(WidgetIds.EDITOR_DATE_PREFIX + "firstContact", Button.class);
        robot.runOnUi(() -> org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(pick));
        robot.pause(200);
        robot.click(pick);
        DateTime calendar = robot.find(WidgetIds.EDITOR_DATE_CALENDAR, DateTime.class);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-date"));
        robot.runOnUi(() -> { // a day of the calendar chosen as a double-click or Enter reports it
            calendar.setDate(2025, 2, 14);
            calendar.notifyListeners(SWT.DefaultSelection, new Event());
        });
        robot.waitUntil("the day in the field", () -> "2025-03-14".equals(text("firstContact").getText()));
        assertTrue(robot.onUi(calendar::isDisposed), "the calendar closed");
        robot.waitUntil("dirty", editor::isDirty);
        save();
        robot.waitUntil("saved", () -> !editor.isDirty());
        assertEquals(java.time.LocalDate.of(2025, 3, 14), records.find("Customer", stored.id()).orElseThrow().values().get("firstContact"));
    }

    @Test
    void multipleValuesAreTickedFromTheirList() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXL Materials"));
        FormEditor editor = (FormEditor) open(stored.id());
        showPage(editor, "value");
        Button pick = robot.find(WidgetIds.EDITOR_VALUES_PREFIX + "needTags", Button.class);
        robot.runOnUi(() -> org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(pick));
        robot.pause(200);
        robot.click(pick);
        robot.click(robot.find(WidgetIds.EDITOR_VALUES_PREFIX + "needTags.PRICE_SENSITIVE", Button.class));
        robot.click(robot.find(WidgetIds.EDITOR_VALUES_PREFIX + "needTags.FUNCTION_ORIENTED", Button.class));
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("editor-values"));
        robot.click(robot.find(WidgetIds.EDITOR_VALUES_OK, Button.class));
        robot.waitUntil("two values in the field", () -> text("needTags").getText().split(",").length == 2);
        save();
        robot.waitUntil("saved", () -> !editor.isDirty());
        assertEquals(java.util.List.of("PRICE_SENSITIVE", "FUNCTION_ORIENTED"),
                records.find("Customer", stored.id()).orElseThrow().values().get("needTags"));
    }

    @Test
    void aSaveOverANewerSaveShowsTheConflictAndBothChoicesWork() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXG Engineering", "region", "Xian"));
        FormEditor editor = (FormEditor) open(stored.id());
        records.update("Customer", stored.id(), stored.version(), Map.of("remarks", "their note")); // another workbench saves

        WorkbenchFixture.typeInto(robot, "region", " city");
        robot.display().asyncExec(this::save);
        Shell conflict = dialog("the conflict dialog", s -> s.getData() instanceof org.eclipse.jface.dialogs.Dialog);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("conflict"));
        robot.click(robot.find(WidgetIds.CONFLICT_KEEP_MINE, Button.class));
        robot.waitUntil("the dialog closed", conflict::isDisposed);
        robot.waitUntil("saved", () -> !editor.isDirty());
        StoredRecord merged = records.find("Customer", stored.id()).orElseThrow();
        assertEquals("Xian city", merged.values().get("region"), "my change kept");
        assertEquals("their note", merged.values().get("remarks"), "their change kept: only my fields were written");

        records.update("Customer", stored.id(), merged.version(), Map.of("region", "Baoji"));
        WorkbenchFixture.typeInto(robot, "fullName", " Ltd");
        robot.display().asyncExec(this::save);
        dialog("the conflict dialog again", s -> s.getData() instanceof org.eclipse.jface.dialogs.Dialog);
        robot.click(robot.find(WidgetIds.CONFLICT_TAKE_THEIRS, Button.class));
        robot.waitUntil("the form took the saved values", () -> !editor.isDirty() && "Baoji".equals(text("region").getText()));
        assertEquals("QXG Engineering", robot.onUi(() -> text("fullName").getText()));
        StoredRecord kept = records.find("Customer", stored.id()).orElseThrow();
        assertEquals("QXG Engineering", kept.values().get("fullName"), "taking theirs wrote nothing of mine");
        assertEquals("Baoji", kept.values().get("region"));
    }
}
