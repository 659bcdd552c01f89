package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
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
 * PIPL in the workbench: an ID number typed into a customer's remarks is refused with its reason; every edit shows in
 * the audit log view, filtered by customer, and a double click opens the customer; the encryption dialog enforces its
 * password rule and the lost-password warning before it lets the admin go on.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PrivacyAuditTest {

    private final UiRobot robot = new UiRobot();
    private final boolean chinese = WorkbenchFixture.language().equals("zh");

    @AfterEach
    void closeEditorsAndTheAuditLog() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> {
            page.closeAllEditors(false);
            var view = page.findView("io.clientbench.audit.ui.auditLog");
            if (view != null) {
                page.hideView(view);
            }
        });
    }

    @Test
    void anIdNumberInTheRemarksIsRefusedWithItsReasonAndNotSaved() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord stored = records.create("Customer", Map.of("fullName", "QXP Privacy Co"));
        FormEditor editor = open(stored.id());
        robot.runOnUi(() -> editor.setActivePage("overview"));
        Text remarks = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "remarks", Text.class);
        robot.runOnUi(() -> org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(remarks)); // far down the overview page
        robot.pause(200);
        WorkbenchFixture.typeInto(robot, "remarks", "ID 11010519491231002X");
        var form = robot.onUi(() -> editor.getActivePageInstance().getManagedForm().getForm());
        robot.waitUntil("an error in the form heading", () -> form.getMessageType() == IMessageProvider.ERROR);
        // the heading counts the errors; each error's text (what the field's decoration and hover show) says why
        String messages = robot.onUi(() -> Arrays.stream(form.getForm().getChildrenMessages()).map(m -> m.getMessage())
                .collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(messages.contains(chinese ? "身份证号码" : "national ID number"), messages);
        robot.display().asyncExec(() -> WorkbenchFixture.execute(robot, "org.eclipse.ui.file.save", Map.of()));
        Shell refusal = dialog("the save refused", s -> s.getText().equals("QXP Privacy Co"));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-id-number-refused")); // the refusal names field and reason
        String refusalText = robot.onUi(() -> dialogMessage(refusal));
        robot.runOnUi(refusal::close);
        assertTrue(refusalText.contains(chinese ? "备注" : "Remarks") && refusalText.contains(chinese ? "身份证号码" : "national ID number"), refusalText);
        assertTrue(robot.onUi(editor::isDirty), "still dirty");
        assertEquals(stored.values(), records.find("Customer", stored.id()).orElseThrow().values(), "nothing written");
    }

    @Test
    void everyEditShowsInTheAuditLogAndOpensItsCustomer() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord created = records.create("Customer", Map.of("fullName", "QXA Audit Co", "region", "Chengdu"));
        records.update("Customer", created.id(), created.version(), Map.of("region", "Mianyang"));
        records.create("Contact", Map.of(RecordRepository.OWNER, created.id(), "name", "Zhang Wei"));
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.audit.ui.auditLog"));
        Table table = robot.find(WidgetIds.AUDIT_TABLE, Table.class);
        Text record = robot.find(WidgetIds.AUDIT_FILTER_RECORD, Text.class);
        robot.runOnUi(() -> record.setText(Long.toString(created.id())));
        robot.click(robot.find(WidgetIds.AUDIT_FILTER_APPLY, Button.class));
        // the customer's two fields, its change and its contact's name, newest first
        robot.waitUntil("four lines of the customer", () -> robot.onUi(table::getItemCount) == 4);
        String[] newest = robot.onUi(() -> texts(table, 0));
        assertEquals(chinese ? "联系人" : "Contact", newest[3]);
        assertEquals("Zhang Wei", newest[7]);
        String[] change = robot.onUi(() -> texts(table, 1));
        // who: the role session's user and role (the tests' database starts as admin), connected by the privacy bundle
        assertTrue(change[1].startsWith(System.getProperty("user.name") + " ("), change[1]);
        assertEquals(chinese ? "修改" : "Changed", change[2]);
        assertEquals("#" + created.id(), change[4]);
        assertEquals(java.util.List.of("Chengdu", "Mianyang"), java.util.List.of(change[6], change[7]));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("audit-log"));

        robot.clickRow(table, 1);
        robot.press(SWT.CR);
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.waitUntil("the customer's editor", () -> page.getActiveEditor() != null
                && page.getActiveEditor().getEditorInput() instanceof CustomerEditorInput input && input.id() == created.id());
    }

    @Test
    void theEncryptionDialogWantsAGoodPasswordTwiceAndTheWarningConfirmed() {
        robot.display().asyncExec(() -> {
            var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
            try {
                handlers.executeCommand("io.clientbench.audit.ui.encrypt", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell shell = dialog("the encryption dialog", s -> s.getText().equals(chinese ? "加密数据库" : "Encrypt Database"));
        try {
            Text password = robot.find(WidgetIds.ENCRYPT_PASSWORD, Text.class);
            Text repeat = robot.find(WidgetIds.ENCRYPT_REPEAT, Text.class);
            Button ok = robot.onUi(() -> button(shell, IDialogConstants.OK_ID));
            robot.click(password);
            robot.type("short1");
            robot.waitUntil("the rule shown", () -> robot.onUi(() -> dialogMessage(shell)).contains("8"));
            robot.runOnUi(() -> password.setText(""));
            robot.click(password);
            robot.type("branch2026");
            robot.click(repeat);
            robot.type("branch2026");
            assertFalse(robot.onUi(ok::isEnabled), "not before the warning is confirmed");
            Button understood = robot.onUi(() -> checkBox(shell));
            robot.clickAt(robot.onUi(() -> understood.toDisplay(10, understood.getSize().y / 2))); // on the box itself
            robot.waitUntil("OK enabled", () -> robot.onUi(ok::isEnabled));
            robot.pause(300);
            robot.screenshot(WorkbenchFixture.screenshot("encrypt-dialog"));
        } finally {
            robot.runOnUi(shell::close); // never OK: that would restart the workbench under test; closed on a failure too
        }
    }

    private static String[] texts(Table table, int row) {
        String[] texts = new String[table.getColumnCount()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = table.getItem(row).getText(i);
        }
        return texts;
    }

    private FormEditor open(long id) {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        return (FormEditor) robot.onUi(() -> {
            try {
                return page.openEditor(new CustomerEditorInput(id, ""), CustomerEditorInput.EDITOR_ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Shell dialog(String what, java.util.function.Predicate<Shell> which) {
        Shell[] found = new Shell[1];
        robot.waitUntil(what, () -> {
            found[0] = Arrays.stream(robot.display().getShells()).filter(s -> s.isVisible() && which.test(s)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static Button button(Shell shell, int id) {
        return descendants(shell).stream().filter(w -> w instanceof Button b && Integer.valueOf(id).equals(b.getData())).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private static Button checkBox(Shell shell) {
        return descendants(shell).stream().filter(w -> w instanceof Button b && (b.getStyle() & SWT.CHECK) != 0).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    /** The title area's message (the dialog is a TitleAreaDialog: its message is a read-only Text or Label). */
    private static String dialogMessage(Shell shell) {
        StringBuilder all = new StringBuilder();
        for (var w : descendants(shell)) {
            if (w instanceof Text t && (t.getStyle() & SWT.READ_ONLY) != 0) {
                all.append(t.getText()).append('\n');
            } else if (w instanceof org.eclipse.swt.widgets.Label l) {
                all.append(l.getText()).append('\n');
            }
        }
        return all.toString();
    }

    private static java.util.List<org.eclipse.swt.widgets.Control> descendants(org.eclipse.swt.widgets.Composite root) {
        java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
        java.util.Deque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!todo.isEmpty()) {
            var control = todo.pop();
            all.add(control);
            if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                todo.addAll(java.util.List.of(composite.getChildren()));
            }
        }
        return all;
    }
}
