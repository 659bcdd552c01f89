package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;

/**
 * PIPL acceptance: as the sales role (switched to with its password, set by the admin in Roles and Passwords), no
 * unmasked phone or contact name appears in any view, dialog or export — every text of the window, the customer
 * editor's pages and child dialogs, the work lists, visit plan, activity editor, an analysis, and the files written by
 * File > Export (CSV, XLSX, vCard), the visit plan (XLSX, iCalendar) and the analysis (XLSX, SVG) — while as admin
 * the same values do appear.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PrivacyMaskingTest {

    private static final String TAG = "p" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private static final String SALES_PASSWORD = "Xs-2026ok";
    private final UiRobot robot = new UiRobot();
    private final Path out = Path.of("target", "privacy-exports", WorkbenchFixture.language()).toAbsolutePath();

    /** The views whose parts existed before the test; those it created are closed after it, as the next tests expect. */
    private List<String> created;

    @org.junit.jupiter.api.BeforeEach
    void rememberCreatedViews() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        created = robot.onUi(() -> Arrays.stream(page.getViewReferences()).filter(v -> v.getPart(false) != null)
                .map(org.eclipse.ui.IViewReference::getId).toList());
    }

    @AfterEach
    void backToAdmin() throws Exception {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> Arrays.stream(robot.display().getShells())
                .filter(s -> s.isVisible() && s != page.getWorkbenchWindow().getShell()).forEach(Shell::close));
        robot.runOnUi(() -> page.closeAllEditors(false));
        RoleSession session = WorkbenchFixture.service(RoleSession.class);
        session.switchTo(Role.ADMIN, null, null, false); // the admin role has no password in the tests' database
        session.setPassword(Role.SALES, new char[0]); // the next test (or run) starts as it expects
        ContactListAnalysis.remove();
        robot.runOnUi(() -> Arrays.stream(page.getViewReferences()).filter(v -> !created.contains(v.getId())).forEach(page::hideView));
    }

    @Test
    void asSalesNoPersonalValueIsShownOrExportedAsAdminItIs() throws Exception {
        Files.createDirectories(out);
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class); // the store's own, unmasked
        RoleSession session = WorkbenchFixture.service(RoleSession.class);
        assertEquals(Role.ADMIN, session.role(), "the tests' database has no admin password: it starts as admin");

        String company = "杭州" + TAG + "隐私测试有限公司";
        String name = "司马" + TAG;
        String mobile = "139" + String.format("%08d", System.currentTimeMillis() % 100_000_000);
        String office = "010-8" + mobile.substring(4);
        String email = "sima." + TAG + "@corp.cn";
        String qq = "8" + mobile.substring(3);
        StoredRecord customer = records.create("Customer", Map.of("fullName", company, "region", "杭州", "industry", "E",
                "owner", "销售" + TAG, "relationshipGrade", "A"));
        MonthDay today = MonthDay.now().equals(MonthDay.of(2, 29)) ? MonthDay.of(2, 28) : MonthDay.now();
        records.create("Contact", Map.of(RecordRepository.OWNER, customer.id(), "name", name, "mobile", mobile, "officePhone", office,
                "email", email, "qq", qq, "birthday", today.atYear(1980), "title", "总经理"));
        StoredRecord contact = records.findByOwner("Contact", customer.id()).get(0);
        records.create("FollowUp", Map.of(RecordRepository.OWNER, customer.id(), "time", LocalDate.now().minusDays(3).atTime(10, 0),
                "personContacted", name, "content", "电话沟通 " + mobile, "nextStep", "回访", "nextStepDate", LocalDate.now().minusDays(1)));
        records.create("Deal", Map.of(RecordRepository.OWNER, customer.id(), "date", LocalDate.now().minusDays(20),
                "amount", new java.math.BigDecimal("58000"), "product", "造价软件"));
        StoredRecord activity = records.create("Activity", Map.of("name", "客户答谢会" + TAG, "date", LocalDate.now().plusDays(10)));
        records.create("Invitation", Map.of(RecordRepository.OWNER, activity.id(), "customer", customer.id(), "contact", contact.id(),
                "invited", Boolean.TRUE));
        WorkbenchFixture.announce(robot, customer);
        List<String> raw = List.of(name, mobile, office, email, qq);
        List<String> allMobiles = new ArrayList<>();
        records.scan("Contact", List.of("mobile"), (id, version, values) -> {
            if (values[0] instanceof String m && m.length() >= 7) {
                allMobiles.add(m);
            }
        });

        ContactListAnalysis.contribute(); // a third party's analysis that lists contacts
        setSalesPasswordAsAdmin();
        switchToSales();
        assertFalse(robot.onUi(() -> command("io.clientbench.ui.schema.open")), "the schema editor is the admin's");
        assertFalse(robot.onUi(() -> command("io.clientbench.privacy.ui.roles")), "so are the roles' passwords");

        StringBuilder seen = new StringBuilder();
        seen.append(everyView(customer, company, activity));
        seen.append(exports("sales"));
        seen.append(contactListAnalysis());
        String shownAsSales = seen.toString();
        for (String value : raw) {
            assertFalse(shownAsSales.contains(value), "shown or exported to sales: " + value);
        }
        for (String value : allMobiles) {
            assertFalse(shownAsSales.contains(value), "a sample contact's mobile shown or exported to sales: " + value);
        }
        String maskedName = "司" + "*".repeat(name.length() - 1);
        String maskedMobile = mobile.substring(0, 3) + "****" + mobile.substring(7);
        assertTrue(shownAsSales.contains(maskedName), "the contact is there, masked");
        assertTrue(shownAsSales.contains(maskedMobile), "the mobile is there, masked");
        assertTrue(shownAsSales.contains("s***@corp.cn"), "the e-mail is there, masked");

        switchTo(Role.ADMIN, null);
        FormEditor editor = open(customer.id());
        robot.runOnUi(() -> editor.setActivePage("contacts"));
        Table contacts = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Contact", Table.class);
        robot.waitUntil("the contact listed", () -> contacts.getItemCount() == 1);
        String shownAsAdmin = robot.onUi(() -> ShownText.of(contacts)) + exports("admin");
        for (String value : raw) {
            assertTrue(shownAsAdmin.contains(value), "the admin sees " + value);
        }
        assertTrue(allMobiles.stream().allMatch(shownAsAdmin::contains), "the admin's vCards hold every mobile");
    }

    /** The third party's contact list run in its analysis view: its table as shown. */
    private String contactListAnalysis() {
        Table list = AnalysisEditors.showList(robot, 1);
        Button run = AnalysisEditors.open(robot, list, ContactListAnalysis.ID);
        AnalysisEditors.pressRun(robot, run, () -> robot.tryFind(WidgetIds.ANALYSIS_TABLE_PREFIX + ContactListAnalysis.TABLE).isPresent());
        Table table = robot.find(WidgetIds.ANALYSIS_TABLE_PREFIX + ContactListAnalysis.TABLE, Table.class);
        robot.waitUntil("the contacts listed", () -> table.getItemCount() > 0);
        robot.runOnUi(() -> org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(table));
        shot("plugin-analysis-sales");
        String shown = robot.onUi(() -> ShownText.of(table));
        assertTrue(shown.matches("(?s).*1\\d\\d\\*{4}\\d{4}.*"), "the plugin's mobiles are there, masked: " + shown.substring(0, Math.min(300, shown.length())));
        return shown;
    }

    // --- the roles -------------------------------------------------------------------------------------------

    private void setSalesPasswordAsAdmin() {
        execute("io.clientbench.privacy.ui.roles");
        Table roles = robot.find(WidgetIds.ROLE_ADMIN_TABLE, Table.class);
        int sales = Arrays.asList(Role.values()).indexOf(Role.SALES);
        robot.runOnUi(() -> {
            roles.setSelection(sales);
            roles.notifyListeners(SWT.Selection, new Event());
        });
        typeInto(robot.find(WidgetIds.ROLE_ADMIN_PASSWORD, Text.class), SALES_PASSWORD);
        typeInto(robot.find(WidgetIds.ROLE_ADMIN_CONFIRM, Text.class), SALES_PASSWORD);
        robot.click(robot.find(WidgetIds.ROLE_ADMIN_SET, Button.class));
        String set = WorkbenchFixture.language().equals("zh") ? "已设置" : "set";
        robot.waitUntil("the sales password set", () -> set.equals(roles.getItem(sales).getText(2)));
        shot("roles-and-passwords");
        robot.runOnUi(() -> roles.getShell().close());
    }

    private void switchToSales() {
        Shell dialog = openSwitchDialog(Role.SALES);
        typeInto(robot.find(WidgetIds.ROLE_SWITCH_PASSWORD, Text.class), "wrong-one");
        robot.click(robot.find("privacy.switch.ok", Button.class));
        String refusal = WorkbenchFixture.language().equals("zh") ? "密码错误" : "Wrong password";
        robot.waitUntil("the wrong password refused", () -> ShownText.of(dialog).contains(refusal));
        shot("switch-role-refused");
        assertEquals(Role.ADMIN, WorkbenchFixture.service(RoleSession.class).role(), "refused: still admin");
        typeInto(robot.find(WidgetIds.ROLE_SWITCH_PASSWORD, Text.class), SALES_PASSWORD);
        robot.click(robot.find("privacy.switch.ok", Button.class));
        robot.waitUntil("the switch dialog closed", dialog::isDisposed);
        String sales = Role.SALES.label(locale());
        Label status = robot.find(WidgetIds.ROLE_STATUS, Label.class);
        robot.waitUntil("the role in the status line", () -> status.getText().contains(sales));
        robot.waitUntil("admin commands disabled", () -> !command("io.clientbench.ui.schema.open"));
    }

    private void switchTo(Role role, String password) {
        Shell dialog = openSwitchDialog(role);
        if (password != null) {
            typeInto(robot.find(WidgetIds.ROLE_SWITCH_PASSWORD, Text.class), password);
        }
        robot.click(robot.find("privacy.switch.ok", Button.class));
        robot.waitUntil("the switch dialog closed", dialog::isDisposed);
        String label = role.label(locale());
        Label status = robot.find(WidgetIds.ROLE_STATUS, Label.class);
        robot.waitUntil("the role in the status line", () -> status.getText().contains(label));
    }

    private Shell openSwitchDialog(Role role) {
        execute("io.clientbench.privacy.ui.switchRole");
        Combo roles = robot.find(WidgetIds.ROLE_SWITCH_ROLE, Combo.class);
        robot.runOnUi(() -> {
            roles.select(Arrays.asList(Role.values()).indexOf(role));
            roles.notifyListeners(SWT.Selection, new Event());
        });
        Shell dialog = robot.onUi(roles::getShell);
        shot("switch-role-" + role.id());
        return dialog;
    }

    // --- what sales see --------------------------------------------------------------------------------------

    /** Every view and dialog the test opens, as text. */
    private String everyView(StoredRecord customer, String company, StoredRecord activity) throws Exception {
        StringBuilder seen = new StringBuilder();
        showView("io.clientbench.ui.views.navigator");
        Table navigator = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        WorkbenchFixture.searchNavigator(robot, TAG);
        robot.waitUntil("the customer found", () -> navigator.getItemCount() >= 1);
        seen.append(window());
        shot("privacy-navigator-sales");

        FormEditor editor = open(customer.id());
        for (String page : List.of("overview", "value", "sales", "industry", "contacts", "deals", "followUps", "needs")) {
            robot.runOnUi(() -> editor.setActivePage(page));
            robot.pause(200);
            seen.append(window());
        }
        robot.runOnUi(() -> editor.setActivePage("contacts"));
        Table contacts = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "Contact", Table.class);
        robot.waitUntil("the contact listed", () -> contacts.getItemCount() == 1);
        shot("privacy-editor-contacts-sales");
        seen.append(childDialog(contacts, "Contact", "mobile"));
        robot.click(robot.find(WidgetIds.CHILDREN_ADD_PREFIX + "Contact", Button.class));
        Text newName = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "name", Text.class);
        assertTrue(robot.onUi(newName::getEditable), "sales may enter a new contact's name and phone");
        robot.runOnUi(() -> newName.getShell().close());
        robot.runOnUi(() -> editor.setActivePage("followUps"));
        Table followUps = robot.find(WidgetIds.CHILDREN_TABLE_PREFIX + "FollowUp", Table.class);
        robot.waitUntil("the follow-up listed", () -> followUps.getItemCount() == 1);
        seen.append(childDialog(followUps, "FollowUp", "personContacted"));
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));

        for (String worklist : List.of("io.clientbench.ui.worklists.followUpsDue", "io.clientbench.ui.worklists.requirementPool")) {
            showView(worklist);
            robot.pause(500);
            seen.append(window());
        }
        // the audit log keeps values whole; what it shows a salesperson is masked like everything else
        showView("io.clientbench.audit.ui.auditLog");
        Table audit = robot.find(WidgetIds.AUDIT_TABLE, Table.class);
        Text auditRecord = robot.find(WidgetIds.AUDIT_FILTER_RECORD, Text.class);
        robot.runOnUi(() -> auditRecord.setText(Long.toString(customer.id())));
        robot.click(robot.find(WidgetIds.AUDIT_FILTER_APPLY, Button.class));
        robot.waitUntil("the customer's and its contact's audit lines", () -> robot.onUi(audit::getItemCount) >= 10);
        String auditShown = robot.onUi(() -> ShownText.of(audit));
        assertTrue(auditShown.contains("****"), "the contact's logged values are there, masked: " + auditShown);
        seen.append(auditShown);
        showView("io.clientbench.quality.ui.dataQuality");
        robot.pause(500);
        seen.append(window());

        showView("io.clientbench.visits.ui.plan");
        Table plan = robot.find(WidgetIds.VISITS_TABLE, Table.class);
        robot.waitUntil("the plan loaded", () -> plan.getItemCount() > 0);
        seen.append(window());
        shot("privacy-visit-plan-sales");
        Path xlsx = out.resolve("plan-sales.xlsx"), ics = out.resolve("plan-sales.ics");
        press(WidgetIds.VISITS_EXPORT_XLSX, xlsx);
        press(WidgetIds.VISITS_EXPORT_ICS, ics);
        robot.waitUntil("the plan exported", () -> Files.isRegularFile(xlsx) && Files.isRegularFile(ics));
        String planFiles = ShownText.workbook(xlsx) + Files.readString(ics, StandardCharsets.UTF_8);
        assertTrue(planFiles.contains(company), "the customer is in the exported plan");
        seen.append(planFiles);

        showView("io.clientbench.invitations.ui.activities");
        Table activities = robot.find(WidgetIds.ACTIVITIES_TABLE, Table.class);
        String activityName = (String) activity.values().get("name");
        robot.waitUntil("the activity listed", () -> rowOf(activities, activityName) >= 0);
        robot.runOnUi(() -> {
            activities.setSelection(rowOf(activities, activityName));
            activities.notifyListeners(SWT.Selection, new Event());
        });
        seen.append(window());
        robot.click(robot.find(WidgetIds.ACTIVITIES_OPEN, Button.class));
        Table invitations = robot.find(WidgetIds.ACTIVITY_INVITATIONS, Table.class);
        robot.waitUntil("the invitation listed", () -> invitations.getItemCount() == 1);
        seen.append(window());
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_MAXIMIZED));
        shot("privacy-activity-sales");
        robot.runOnUi(() -> page.setPartState(page.getActivePartReference(), IWorkbenchPage.STATE_RESTORED));
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));

        Table analyses = AnalysisEditors.showList(robot, 1);
        AnalysisEditors.select(robot, analyses, robot.onUi(() -> Arrays.stream(analyses.getItems())
                .map(i -> ((io.clientbench.analysis.AnalysisDescriptor) i.getData()).id()).toList().indexOf("io.clientbench.analysis.rollup")));
        seen.append(window());
        AnalysisEditors.pressRun(robot, AnalysisEditors.open(robot, analyses, "io.clientbench.analysis.rollup"));
        robot.waitUntil("the analysis computed", () -> byPrefix(WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX) != null);
        seen.append(window());
        Path svg = out.resolve("rollup-sales.svg"), tables = out.resolve("rollup-sales.xlsx");
        Files.deleteIfExists(svg);
        Files.deleteIfExists(tables);
        press(robot.onUi(() -> (String) byPrefix(WidgetIds.ANALYSIS_EXPORT_SVG_PREFIX).getData(WidgetIds.KEY)), svg);
        press(WidgetIds.ANALYSIS_EXPORT_XLSX, tables);
        robot.waitUntil("the analysis exported", () -> Files.isRegularFile(svg) && Files.isRegularFile(tables));
        seen.append(Files.readString(svg, StandardCharsets.UTF_8)).append(ShownText.workbook(tables));
        robot.runOnUi(() -> WorkbenchFixture.page(robot).closeAllEditors(false));
        return seen.toString();
    }

    /** Opens a child record's dialog (Edit…), checks the masked field is read-only, and gives its text. */
    private String childDialog(Table table, String entity, String maskedField) {
        robot.runOnUi(() -> {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        robot.click(robot.find(WidgetIds.CHILDREN_EDIT_PREFIX + entity, Button.class));
        Button save = robot.find(WidgetIds.CHILD_DIALOG_SAVE, Button.class);
        Shell dialog = robot.onUi(save::getShell);
        Text masked = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + maskedField, Text.class);
        assertFalse(robot.onUi(masked::getEditable), entity + "." + maskedField + " is read-only for sales");
        robot.pause(300);
        shot("privacy-dialog-" + entity + "-sales");
        String text = robot.onUi(() -> ShownText.of(dialog));
        robot.runOnUi(dialog::close);
        return text;
    }

    /** File > Export: customers as CSV and XLSX, contacts as vCards, read back. */
    private String exports(String who) throws Exception {
        StringBuilder files = new StringBuilder();
        for (String kind : List.of(WidgetIds.EXPORT_CUSTOMERS_CSV, WidgetIds.EXPORT_CUSTOMERS_XLSX, WidgetIds.EXPORT_CONTACTS_VCARD)) {
            String extension = kind.endsWith("Csv") ? "csv" : kind.endsWith("Xlsx") ? "xlsx" : "vcf";
            Path target = out.resolve(who + "-" + TAG + "." + extension);
            Files.deleteIfExists(target);
            Shell main = robot.onUi(() -> WorkbenchFixture.window(robot).getShell());
            execute("io.clientbench.io.ui.export");
            Button radio = robot.find(kind, Button.class);
            robot.runOnUi(() -> {
                Arrays.stream(radio.getParent().getChildren()).filter(c -> c instanceof Button b && (b.getStyle() & SWT.RADIO) != 0)
                        .forEach(c -> ((Button) c).setSelection(c == radio));
                radio.notifyListeners(SWT.Selection, new Event());
            });
            Text file = robot.find(WidgetIds.EXPORT_FILE, Text.class);
            robot.runOnUi(() -> file.setText(target.toString()));
            robot.click(robot.find(WidgetIds.EXPORT_OK, Button.class));
            robot.waitUntil(target.getFileName() + " written", () -> Files.isRegularFile(target));
            robot.waitUntil("the export reported", () -> Arrays.stream(robot.display().getShells())
                    .anyMatch(s -> s.isVisible() && s != main && s.getData() instanceof org.eclipse.jface.dialogs.MessageDialog));
            robot.runOnUi(() -> Arrays.stream(robot.display().getShells()).filter(s -> s.isVisible() && s != main).forEach(Shell::close));
            files.append(extension.equals("xlsx") ? ShownText.workbook(target) : Files.readString(target, StandardCharsets.UTF_8));
        }
        return files.toString();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Every text of the main window: views, editors, tables (all rows and columns), the status line. */
    private String window() {
        return robot.onUi(() -> ShownText.of(WorkbenchFixture.window(robot).getShell()));
    }

    private Widget byPrefix(String prefix) {
        for (Shell shell : robot.display().getShells()) {
            Deque<Control> todo = new ArrayDeque<>(List.of(shell));
            while (!todo.isEmpty()) {
                Control control = todo.pop();
                if (control.getData(WidgetIds.KEY) instanceof String id && id.startsWith(prefix) && control.isVisible()) {
                    return control;
                }
                if (control instanceof Composite composite) {
                    todo.addAll(List.of(composite.getChildren()));
                }
            }
        }
        return null;
    }

    private int rowOf(Table table, String text) {
        return robot.onUi(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
                    if (text.equals(table.getItem(i).getText(c))) {
                        return i;
                    }
                }
            }
            return -1;
        });
    }

    /** Presses an export button with the file named on it (GTK's file chooser takes no synthetic input). */
    private void press(String id, Path file) throws Exception {
        Files.deleteIfExists(file);
        Button button = robot.find(id, Button.class);
        robot.runOnUi(() -> {
            button.setData(WidgetIds.EXPORT_PATH_KEY, file.toString());
            org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(button);
        });
        robot.pause(150);
        robot.click(button);
    }

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

    private void showView(String id) {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", id));
    }

    /** Runs a command that may open a modal dialog, without waiting for the dialog to close. */
    private void execute(String command) {
        robot.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
            } catch (Exception e) {
                throw new IllegalStateException(command, e);
            }
        });
    }

    private static boolean command(String id) {
        return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id).isEnabled();
    }

    private void typeInto(Text field, String text) {
        robot.runOnUi(() -> field.setText(""));
        robot.click(field);
        robot.waitUntil("focus in the field", field::isFocusControl);
        robot.type(text);
        robot.waitUntil("typed", () -> field.getText().length() == text.length());
    }

    private void shot(String name) {
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot(name));
    }

    private static Locale locale() {
        return Locale.forLanguageTag(WorkbenchFixture.language());
    }
}
