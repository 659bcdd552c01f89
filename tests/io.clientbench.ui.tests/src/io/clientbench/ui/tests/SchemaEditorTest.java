package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.core.schema.SchemaEdit;
import io.clientbench.model.FieldKind;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;

/**
 * Acceptance 1, last step: an admin adds a field in the schema editor and applies it; the field is in the customer
 * editor and a navigator column, and the customers stored before keep every value.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SchemaEditorTest {

    private static final String SCHEMA_EDITOR = "io.clientbench.ui.schema.editor";
    /** Unique per run: the UI tests' database outlives a run when the build is not cleaned. */
    private static final String TAG = "S" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private final UiRobot robot = new UiRobot();

    @AfterEach
    void closeEditors() {
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
    }

    @Test
    void aFieldAddedAndAppliedAppearsInTheEditorAndTheNavigatorWithOldDataIntact() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord old = records.create("Customer", Map.of("fullName", "绵阳" + TAG + "路桥有限公司", "region", "绵阳", "industry", "E"));
        IWorkbenchPage page = WorkbenchFixture.page(robot);

        IEditorPart customerEditor = robot.onUi(() -> { // open before the change: it must follow the new schema
            try {
                return page.openEditor(new CustomerEditorInput(old.id(), ""), CustomerEditorInput.EDITOR_ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WorkbenchFixture.execute(robot, "io.clientbench.ui.schema.open", Map.of());
        robot.waitUntil("the schema editor", () -> page.getActiveEditor() != null
                && SCHEMA_EDITOR.equals(page.getActiveEditor().getSite().getId()));
        IEditorPart schemaEditor = robot.onUi(page::getActiveEditor);
        robot.runOnUi(() -> page.setPartState(page.getReference(schemaEditor), IWorkbenchPage.STATE_MAXIMIZED)); // as a double-click on its tab
        Table fields = robot.find(WidgetIds.SCHEMA_FIELDS, Table.class);
        robot.waitUntil("the customer's fields listed", () -> fields.getItemCount() > 50);

        robot.click(robot.find(WidgetIds.SCHEMA_ADD_FIELD, Button.class));
        Text zh = robot.find(WidgetIds.SCHEMA_DIALOG_ZH, Text.class);
        robot.runOnUi(() -> zh.setText("合作等级" + TAG)); // Chinese needs an input method; XTEST types Latin keys only
        Text en = robot.find(WidgetIds.SCHEMA_DIALOG_EN, Text.class);
        robot.click(en);
        robot.waitUntil("focus in the English label", en::isFocusControl);
        robot.type("Partner level " + TAG);
        Text name = robot.find(WidgetIds.SCHEMA_DIALOG_NAME, Text.class);
        String field = "partnerLevel" + TAG.charAt(0) + TAG.substring(1).toLowerCase(java.util.Locale.ROOT);
        robot.waitUntil("the name suggested from the English label", () -> field.equals(name.getText()));
        Combo kind = robot.find(WidgetIds.SCHEMA_DIALOG_KIND, Combo.class);
        robot.runOnUi(() -> { // GTK combo popups do not take XTEST input reliably; select as the popup would
            kind.select(SchemaEdit.addableKinds().indexOf(FieldKind.ENUM));
            kind.notifyListeners(SWT.Selection, new Event());
        });
        Text values = robot.find(WidgetIds.SCHEMA_DIALOG_VALUES, Text.class);
        robot.waitUntil("values enabled for a value list", values::isEnabled);
        robot.runOnUi(() -> values.setText("金牌 / Gold\n银牌 / Silver\n铜牌 / Bronze"));
        robot.click(en);
        robot.waitUntil("focus back in the English label", en::isFocusControl);
        Shell dialog = robot.onUi(en::getShell);
        robot.press(SWT.CR);
        robot.waitUntil("the dialog accepted the field", dialog::isDisposed);

        robot.waitUntil("the new field listed and chosen", () -> fields.getSelectionCount() == 1
                && fields.getSelection()[0].getText(4).equals(field));
        robot.find(WidgetIds.EDITOR_FIELD_PREFIX + field, Combo.class); // in the form preview
        Table valueList = robot.find(WidgetIds.SCHEMA_VALUES, Table.class);
        assertEquals(List.of("GOLD", "SILVER", "BRONZE"), robot.onUi(() -> Arrays.stream(valueList.getItems()).map(i -> i.getText(2)).toList()));
        assertTrue(robot.onUi(schemaEditor::isDirty));
        org.eclipse.swt.widgets.List pending = robot.find(WidgetIds.SCHEMA_PENDING, org.eclipse.swt.widgets.List.class);
        assertEquals(1, robot.onUi(pending::getItemCount));
        org.eclipse.swt.widgets.Label plan = robot.find(WidgetIds.SCHEMA_PLAN, org.eclipse.swt.widgets.Label.class);
        robot.waitUntil("the database plan: one new column", () -> plan.getText().contains(" 1 "));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("schema-editor"));

        robot.click(robot.find(WidgetIds.SCHEMA_APPLY, Button.class));
        SchemaRegistry schemas = WorkbenchFixture.service(SchemaRegistry.class);
        robot.waitUntil("the field in force", () -> schemas.schema().customer().field(field).isPresent());
        robot.waitUntil("the editor clean after the apply", () -> !schemaEditor.isDirty());
        assertEquals(0, robot.onUi(pending::getItemCount));
        robot.runOnUi(() -> {
            page.setPartState(page.getReference(schemaEditor), IWorkbenchPage.STATE_RESTORED);
            page.closeEditor(schemaEditor, false);
        });

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView",
                Map.of("org.eclipse.ui.views.showView.viewId", NavigatorViewTest.NAVIGATOR));
        Table navigator = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        robot.waitUntil("a navigator column for the new field", () -> WorkbenchFixture.navigatorColumn(navigator, field) >= 0);
        WorkbenchFixture.searchNavigator(robot, TAG);
        robot.waitUntil("the old customer found", () -> navigator.getItemCount() == 1);
        assertEquals("绵阳" + TAG + "路桥有限公司", robot.onUi(() -> navigator.getItem(0).getText(1)));

        robot.runOnUi(() -> page.activate(customerEditor)); // the editor opened before the change now has the field
        Combo input = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + field, Combo.class);
        robot.runOnUi(() -> {
            org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(input); // scrolled to, as a user would
            input.select(1); // the first value after the empty choice
            input.notifyListeners(SWT.Selection, new Event());
        });
        robot.waitUntil("dirty", () -> page.getActiveEditor().isDirty());
        WorkbenchFixture.execute(robot, "org.eclipse.ui.file.save", Map.of());
        robot.waitUntil("saved", () -> !page.getActiveEditor().isDirty());

        StoredRecord after = records.find("Customer", old.id()).orElseThrow();
        assertEquals("GOLD", after.values().get(field));
        for (Map.Entry<String, Object> value : old.values().entrySet()) {
            assertEquals(value.getValue(), after.values().get(value.getKey()), "old value of " + value.getKey() + " intact");
        }
        String gold = "zh".equals(WorkbenchFixture.language()) ? "金牌" : "Gold";
        robot.waitUntil("the navigator shows the new value's label", () -> gold.equals(navigator.getItem(0).getText(WorkbenchFixture.navigatorColumn(navigator, field))));
        robot.runOnUi(() -> {
            page.closeAllEditors(false);
            navigator.showColumn(navigator.getColumn(WorkbenchFixture.navigatorColumn(navigator, field)));
        });
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("navigator-new-column"));
        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        robot.runOnUi(() -> search.setText(""));
    }

}
