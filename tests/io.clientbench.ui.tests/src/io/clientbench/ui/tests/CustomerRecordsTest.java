package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.Form;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.core.ice.IcePriority;
import io.clientbench.core.worklists.Worklists;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;

/**
 * Inside a customer, driven like a user: a contact, a need and a follow-up added through the editor's dialogs land in
 * the pages' tables and the database, the need ranks in the Requirement Pool with its priority, the follow-up's next
 * step in Follow-ups Due (overdue, highlighted), and a row there opens the customer.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CustomerRecordsTest {

    static final String FOLLOW_UPS_DUE = "io.clientbench.ui.worklists.followUpsDue";
    static final String REQUIREMENT_POOL = "io.clientbench.ui.worklists.requirementPool";
    /** Unique per run: the UI tests' database outlives a run when the build is not cleaned. */
    private static final String TAG = "r" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private static final Map<String, String> OVERDUE = Map.of("en", "Overdue", "zh", "已逾期");

    private final UiRobot robot = new UiRobot();

    @AfterEach
    void closeDialogsAndEditors() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> Arrays.stream(robot.display().getShells())
                .filter(s -> s.isVisible() && s != page.getWorkbenchWindow().getShell()).forEach(Shell::close));
        robot.runOnUi(() -> page.closeAllEditors(false));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private FormEditor open(long id) {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        return (FormEditor) robot.onUi(() -> {
            try {
                return page.openEditor(new CustomerEditorInput(id, ""), CustomerEditorInput.EDITOR_ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Clicks Add... on a page of the editor and returns the dialog that opens. */
    private Shell add(FormEditor editor, String pageId, String entity) {
        robot.runOnUi(() -> editor.setActivePage(pageId));
        robot.click(robot.find(WidgetIds.CHILDREN_ADD_PREFIX + entity, Button.class));
        Button save = robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class);
        return robot.onUi(save::getShell);
    }

    private void save(Shell dialog) {
        robot.click(robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class));
        robot.waitUntil("the dialog saved and closed", dialog::isDisposed);
    }

    private static Form form(Shell shell) {
        Deque<Control> todo = new ArrayDeque<>(List.of(shell));
        while (!todo.isEmpty()) {
            Control control = todo.pop();
            if (control instanceof Form form) {
                return form;
            }
            if (control instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        throw new AssertionError("no form in " + shell);
    }

    private Table showView(String viewId, String tableId) {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", viewId));
        return robot.find(tableId, Table.class);
    }

    /** The line of a (virtual) table whose column {@code column} reads {@code text}, or -1. */
    private int rowOf(Table table, int column, String text) {
        return robot.onUi(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (text.equals(table.getItem(i).getText(column))) {
                    return i;
                }
            }
            return -1;
        });
    }

    private static Locale locale() {
        return Locale.forLanguageTag(WorkbenchFixture.language());
    }

    // --- tests --------------------------------------------------------------------------------------------------

    @Test
    void aContactNeedAndFollowUpAddedInTheEditorReachTheTablesTheDatabaseAndTheWorkLists() throws Exception {
        assertEquals(RecordRepository.OWNER, Worklists.OWNER, "core repeats the store's owner key");
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        String name = "成都" + TAG + "造价咨询有限公司";
        StoredRecord customer = records.create("Customer", Map.of("fullName", name, "region", "成都", "industry", "E"));
        FormEditor editor = open(customer.id());

        // a contact: an invalid mobile number is marked and the save refused; corrected, it is saved
        Shell dialog = add(editor, "contacts", "Contact");
        WorkbenchFixture.typeInto(robot, "name", "Zhang Wei");
        WorkbenchFixture.typeInto(robot, "mobile", "12345");
        WorkbenchFixture.typeInto(robot, "qq", "12345678");
        WorkbenchFixture.typeInto(robot, "birthday", "1985-06-01");
        robot.click(robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class));
        robot.waitUntil("the refusal in the dialog's heading", () -> form(dialog).getMessageType() == IMessageProvider.ERROR);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("contact-dialog-invalid"));
        assertFalse(robot.onUi(dialog::isDisposed), "not closed while invalid");
        assertTrue(records.findByOwner("Contact", customer.id()).isEmpty(), "nothing written while invalid");
        Text mobile = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "mobile", Text.class);
        robot.runOnUi(() -> mobile.setText(""));
        WorkbenchFixture.typeInto(robot, "mobile", "13800138000");
        robot.waitUntil("the marks gone", () -> form(dialog).getMessageType() == IMessageProvider.NONE);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("contact-dialog"));
        save(dialog);
        Table contacts = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Contact", Table.class);
        robot.waitUntil("the contact listed", () -> contacts.getItemCount() == 1);
        assertEquals("Zhang Wei", robot.onUi(() -> contacts.getItem(0).getText(0)));
        StoredRecord contact = records.findByOwner("Contact", customer.id()).get(0);
        assertEquals("13800138000", contact.values().get("mobile"));
        assertEquals("12345678", contact.values().get("qq"));
        assertEquals(LocalDate.of(1985, 6, 1), contact.values().get("birthday"));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-contacts"));

        // a need rated 5 × 4 × 3 = 60: high priority with the default thresholds (60/30)
        Shell needDialog = add(editor, "needs", "Need");
        WorkbenchFixture.typeInto(robot, "description", "Cloud licences for 40 estimators");
        WorkbenchFixture.choose(robot, "status", 3); // after the blank entry: to be assessed, planned, requirement pool
        WorkbenchFixture.typeInto(robot, "impact", "5");
        WorkbenchFixture.typeInto(robot, "confidence", "4");
        WorkbenchFixture.typeInto(robot, "ease", "3");
        String high = IcePriority.HIGH.label(locale());
        Label preview = robot.find(WidgetIds.CHILD_DIALOG_PREVIEW, Label.class);
        robot.waitUntil("the score previewed", () -> preview.getText().contains("60") && preview.getText().contains(high));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("need-dialog"));
        save(needDialog);
        Table needs = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Need", Table.class);
        robot.waitUntil("the need listed", () -> needs.getItemCount() == 1);
        int columns = robot.onUi(needs::getColumnCount);
        assertEquals("60", robot.onUi(() -> needs.getItem(0).getText(columns - 2)), "ICE score");
        assertEquals(high, robot.onUi(() -> needs.getItem(0).getText(columns - 1)), "priority");
        StoredRecord need = records.findByOwner("Need", customer.id()).get(0);
        assertEquals(List.of(5L, 4L, 3L, "POOL"), List.of(need.values().get("impact"), need.values().get("confidence"),
                need.values().get("ease"), need.values().get("status")));

        // edited: Edit... on the selected row opens it filled in; only the change is written
        robot.clickRow(needs, 0);
        robot.click(robot.find(WidgetIds.CHILDREN_EDIT_PREFIX + "Need", Button.class));
        Button saveEdit = robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class);
        Shell editDialog = robot.onUi(saveEdit::getShell);
        Text impact = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "impact", Text.class);
        assertEquals("5", robot.onUi(impact::getText));
        WorkbenchFixture.typeInto(robot, "owner", "Li Na");
        save(editDialog);
        robot.waitUntil("the owner listed", () -> needs.getItemCount() == 1 && "Li Na".equals(needs.getItem(0).getText(2)));
        StoredRecord edited = records.findByOwner("Need", customer.id()).get(0);
        assertEquals("Li Na", edited.values().get("owner"));
        assertEquals(need.version() + 1, edited.version());
        assertEquals(5L, edited.values().get("impact"));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-needs"));

        // a follow-up whose next step was due three days ago
        LocalDate due = LocalDate.now().minusDays(3);
        Shell followUpDialog = add(editor, "followUps", "FollowUp");
        WorkbenchFixture.typeInto(robot, "time", due.minusDays(7) + " 10:30");
        WorkbenchFixture.choose(robot, "method", 2); // phone
        WorkbenchFixture.typeInto(robot, "content", "Phone call with the chief estimator");
        WorkbenchFixture.typeInto(robot, "nextStep", "Send the quote");
        WorkbenchFixture.typeInto(robot, "nextStepDate", due.toString());
        save(followUpDialog);
        Table followUps = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "FollowUp", Table.class);
        robot.waitUntil("the follow-up listed", () -> followUps.getItemCount() == 1);
        assertEquals(due, records.findByOwner("FollowUp", customer.id()).get(0).values().get("nextStepDate"));

        // the work lists show them, named by their customer
        Table pool = showView(REQUIREMENT_POOL, WidgetIds.WORKLIST_POOL_TABLE);
        robot.waitUntil("the need in the requirement pool", () -> rowOf(pool, 2, name) >= 0);
        int needRow = rowOf(pool, 2, name);
        assertEquals("60", robot.onUi(() -> pool.getItem(needRow).getText(0)));
        assertEquals(high, robot.onUi(() -> pool.getItem(needRow).getText(1)));
        assertEquals("Cloud licences for 40 estimators", robot.onUi(() -> pool.getItem(needRow).getText(3)));
        robot.runOnUi(() -> pool.setSelection(needRow));
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("requirement-pool"));

        Table dueList = showView(FOLLOW_UPS_DUE, WidgetIds.WORKLIST_FOLLOW_UPS_TABLE);
        robot.waitUntil("the next step in follow-ups due", () -> rowOf(dueList, 1, name) >= 0);
        int dueRow = rowOf(dueList, 1, name);
        assertEquals(List.of(due.toString(), name, "Send the quote", OVERDUE.get(WorkbenchFixture.language())),
                robot.onUi(() -> List.of(dueList.getItem(dueRow).getText(0), dueList.getItem(dueRow).getText(1),
                        dueList.getItem(dueRow).getText(2), dueList.getItem(dueRow).getText(3))));
        assertNotEquals(robot.onUi(dueList::getBackground), robot.onUi(() -> dueList.getItem(dueRow).getBackground()), "overdue highlighted");
        Label status = robot.find(WidgetIds.WORKLIST_FOLLOW_UPS_STATUS, Label.class);
        assertFalse(robot.onUi(status::getText).isBlank());
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("follow-ups-due"));

        // a row opens its customer (Enter is the table's default selection, as a double click)
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> page.closeAllEditors(false));
        robot.clickRow(dueList, dueRow);
        robot.press(SWT.CR);
        robot.waitUntil("the customer's editor", () -> page.getActiveEditor() != null
                && page.getActiveEditor().getEditorInput() instanceof CustomerEditorInput input && input.id() == customer.id());
    }

    @Test
    void aNewCustomersRecordPagesAskForTheSaveFirstAndFillInAfterIt() {
        WorkbenchFixture.execute(robot, "io.clientbench.ui.editors.newCustomer", Map.of());
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.waitUntil("an active customer editor", () -> page.getActiveEditor() instanceof FormEditor);
        FormEditor editor = (FormEditor) robot.onUi(page::getActiveEditor);
        robot.runOnUi(() -> editor.setActivePage("contacts"));
        Label hint = robot.find(WidgetIds.CHILDREN_SAVE_FIRST_PREFIX + "Contact", Label.class);
        assertFalse(robot.onUi(hint::getText).isBlank());
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("editor-contacts-new"));
        assertTrue(robot.tryFind(WidgetIds.CHILDREN_ADD_PREFIX + "Contact").isEmpty(), "nothing to add to yet");

        robot.runOnUi(() -> editor.setActivePage("overview"));
        WorkbenchFixture.typeInto(robot, "fullName", "QXJ " + TAG + " Surveying");
        WorkbenchFixture.execute(robot, "org.eclipse.ui.file.save", Map.of());
        robot.waitUntil("saved", () -> !editor.isDirty());
        robot.runOnUi(() -> editor.setActivePage("contacts"));
        Table contacts = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Contact", Table.class);
        assertEquals(0, robot.onUi(contacts::getItemCount));
        assertTrue(robot.tryFind(WidgetIds.CHILDREN_SAVE_FIRST_PREFIX + "Contact").isEmpty());
    }

    @Test
    void anEditOverSomeoneElsesSaveIsReportedAndTheListShowsTheSavedVersion() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord customer = records.create("Customer", Map.of("fullName", "QXK " + TAG + " Consulting"));
        StoredRecord deal = records.create("Deal", Map.of(RecordRepository.OWNER, customer.id(), "date", LocalDate.of(2025, 5, 6),
                "amount", new BigDecimal("12000"), "product", "Estimating suite"));
        FormEditor editor = open(customer.id());
        robot.runOnUi(() -> editor.setActivePage("deals"));
        Table deals = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Deal", Table.class);
        robot.waitUntil("the deal listed", () -> deals.getItemCount() == 1);
        robot.clickRow(deals, 0);
        robot.click(robot.find(WidgetIds.CHILDREN_EDIT_PREFIX + "Deal", Button.class));
        Button save = robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class);
        Shell dialog = robot.onUi(save::getShell);
        records.update("Deal", deal.id(), deal.version(), Map.of("product", "Cloud suite")); // another workbench saves
        WorkbenchFixture.typeInto(robot, "quantity", "40");
        robot.click(save);
        Shell[] message = new Shell[1];
        robot.waitUntil("the conflict reported", () -> {
            message[0] = Arrays.stream(robot.display().getShells())
                    .filter(s -> s.isVisible() && s.getData() instanceof org.eclipse.jface.dialogs.MessageDialog).findFirst().orElse(null);
            return message[0] != null;
        });
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("deal-conflict"));
        robot.runOnUi(message[0]::close);
        robot.waitUntil("the dialog closed", dialog::isDisposed);
        robot.waitUntil("the saved version listed", () -> "Cloud suite".equals(deals.getItem(0).getText(2)));
        StoredRecord stored = records.find("Deal", deal.id()).orElseThrow();
        assertEquals("Cloud suite", stored.values().get("product"));
        assertFalse(stored.values().containsKey("quantity"), "nothing of the stale edit written");
    }

    @Test
    void aDealsOrderPhoneIsTypedInItsDialogAndStored() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        StoredRecord customer = records.create("Customer", Map.of("fullName", "QXK " + TAG + " Orders"));
        StoredRecord deal = records.create("Deal", Map.of(RecordRepository.OWNER, customer.id(), "date", LocalDate.of(2026, 3, 4),
                "amount", new BigDecimal("12000"), "product", "Estimating suite"));
        FormEditor editor = open(customer.id());
        robot.runOnUi(() -> editor.setActivePage("deals"));
        Table deals = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Deal", Table.class);
        robot.waitUntil("the deal listed", () -> deals.getItemCount() == 1);
        robot.clickRow(deals, 0);
        robot.click(robot.find(WidgetIds.CHILDREN_EDIT_PREFIX + "Deal", Button.class));
        Button save = robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class);
        Shell dialog = robot.onUi(save::getShell);
        WorkbenchFixture.typeInto(robot, "orderPhone", "+86 138-0013-8000 ext. 12");
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("deal-order-phone"));
        save(dialog);
        assertEquals("+86 138-0013-8000 ext. 12", records.find("Deal", deal.id()).orElseThrow().values().get("orderPhone"));
    }

    @Test
    void theWindowMenuOffersBothWorkListsBeforeResetPerspective() {
        Map<String, List<String>> labels = Map.of("en", List.of("Follow-ups Due", "Requirement Pool"), "zh", List.of("跟进待办", "需求池"));
        org.eclipse.ui.IWorkbenchWindow window = WorkbenchFixture.window(robot);
        List<String> items = robot.onUi(() -> {
            String windowMenu = "zh".equals(WorkbenchFixture.language()) ? "窗口" : "Window";
            org.eclipse.swt.widgets.Menu menu = Arrays.stream(window.getShell().getMenuBar().getItems())
                    .filter(i -> i.getText().replace("&", "").startsWith(windowMenu)).findFirst().orElseThrow().getMenu();
            menu.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu as it is about to show
            List<String> texts = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
            menu.notifyListeners(SWT.Hide, new Event());
            return texts;
        });
        List<String> expected = labels.get(WorkbenchFixture.language());
        int followUps = items.indexOf(expected.get(0));
        assertTrue(followUps > 0 && items.indexOf(expected.get(1)) == followUps + 1, items.toString());
        assertTrue(followUps + 1 < items.size() - 1, "before Reset Perspective: " + items);
    }
}
