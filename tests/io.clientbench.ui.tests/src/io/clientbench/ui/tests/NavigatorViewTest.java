package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.store.RecordRepository;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/** Opens the customer navigator through its command and filters it to one customer by typing, with real key events. */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorViewTest {

    static final String NAVIGATOR = "io.clientbench.ui.views.navigator";
    /** Unique per run: the UI tests' database outlives a run when the build is not cleaned. */
    private static final String TAG = "q" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private final UiRobot robot = new UiRobot();

    @BeforeAll
    static void customers() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        records.createAll("Customer", List.of(
                Map.of("fullName", "成都" + TAG + "a建材有限公司", "region", "成都", "industry", "E", "customerClass", "A"),
                Map.of("fullName", "重庆" + TAG + "b交通建设集团", "region", "重庆", "industry", "E", "customerClass", "B"),
                Map.of("fullName", "西安" + TAG + "c软件学院", "region", "西安", "industry", "P", "customerClass", "A")));
    }

    @BeforeEach
    void closeNavigator() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        robot.runOnUi(() -> {
            IViewPart open = page.findView(NAVIGATOR);
            if (open != null) {
                page.hideView(open);
            }
        });
        robot.waitUntil("the navigator to close", () -> page.findView(NAVIGATOR) == null);
    }

    @Test
    void showViewCommandOpensTheNavigatorAndTypingFiltersItToOneCustomer() {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", NAVIGATOR));
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        assertNotNull(robot.onUi(() -> page.findView(NAVIGATOR)), "navigator opened by its command");

        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        robot.runOnUi(() -> search.setText("")); // what an earlier test typed
        Table table = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        Label status = robot.find(WidgetIds.NAVIGATOR_STATUS, Label.class);
        robot.waitUntil("the customers loaded", () -> table.getItemCount() >= 3);
        int all = robot.onUi(table::getItemCount);
        assertTrue(robot.onUi(status::getText).contains(String.format("%,d", all)), robot.onUi(status::getText));

        robot.click(search);
        robot.waitUntil("focus in the search field", search::isFocusControl);
        robot.type(TAG + "b");
        robot.waitUntil("one matching customer", () -> table.getItemCount() == 1);
        assertEquals("重庆" + TAG + "b交通建设集团", robot.onUi(() -> table.getItem(0).getText(1)));


        robot.type("zz");
        robot.waitUntil("no matching customer", () -> table.getItemCount() == 0);
        for (int i = 0; i < (TAG + "bzz").length(); i++) {
            robot.press(SWT.BS);
        }
        robot.waitUntil("all customers again", () -> table.getItemCount() == all);

        robot.type(TAG);
        robot.waitUntil("the three test customers", () -> table.getItemCount() == 3);
        Combo grouping = robot.find(WidgetIds.NAVIGATOR_GROUPING, Combo.class);
        robot.runOnUi(() -> { // GTK combo popups do not take XTEST input reliably; select as the popup would
            grouping.select(1);
            grouping.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        robot.waitUntil("two class groups with headings", () -> table.getItemCount() == 5);
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("navigator"));
        robot.runOnUi(() -> {
            grouping.select(0);
            grouping.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            search.setText("");
        });
    }

    @Test
    void theColumnChooserShowsAnyFieldAsAColumnInTheChosenOrder() {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", NAVIGATOR));
        Table table = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        robot.waitUntil("the customers loaded", () -> table.getItemCount() >= 3);
        robot.click(robot.find(WidgetIds.NAVIGATOR_COLUMNS, org.eclipse.swt.widgets.Button.class));
        Table fields = robot.find(WidgetIds.COLUMN_CHOOSER_LIST, Table.class);
        org.eclipse.swt.widgets.Shell dialog = robot.onUi(fields::getShell);
        robot.runOnUi(() -> { // tick "employees" and untick "region" as a click on their check boxes would
            for (org.eclipse.swt.widgets.TableItem item : fields.getItems()) {
                String field = ((io.clientbench.model.FieldDescriptor) item.getData()).name();
                if (field.equals("employeeCount") || field.equals("region")) {
                    item.setChecked(field.equals("employeeCount"));
                    Event check = new Event();
                    check.item = item;
                    check.detail = SWT.CHECK;
                    fields.notifyListeners(SWT.Selection, check);
                }
            }
        });
        robot.runOnUi(() -> fields.setSelection(indexOf(fields, "employeeCount"))); // the row chosen; Up is clicked for real
        org.eclipse.swt.widgets.Button up = robot.find(WidgetIds.COLUMN_CHOOSER_UP, org.eclipse.swt.widgets.Button.class);
        int before = robot.onUi(() -> indexOf(fields, "employeeCount"));
        try {
            robot.click(up);
            robot.waitUntil("moved up", () -> indexOf(fields, "employeeCount") == before - 1);
        } catch (AssertionError e) {
            robot.runOnUi(dialog::close); // leave no modal dialog behind for the other tests
            throw e;
        }
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("navigator-columns"));
        robot.click(robot.find(WidgetIds.COLUMN_CHOOSER_OK, org.eclipse.swt.widgets.Button.class));
        robot.waitUntil("the chooser closed", dialog::isDisposed);
        robot.waitUntil("employees shown, region not", () -> WorkbenchFixture.navigatorColumn(table, "employeeCount") >= 0
                && WorkbenchFixture.navigatorColumn(table, "region") < 0);
        robot.waitUntil("the customers loaded again", () -> table.getItemCount() >= 3);

        robot.runOnUi(() -> io.clientbench.ui.ClientbenchPreferences.setColumnChoice(io.clientbench.core.navigator.ColumnChoice.NONE));
    }

    private static int indexOf(Table fields, String field) {
        org.eclipse.swt.widgets.TableItem[] items = fields.getItems();
        for (int i = 0; i < items.length; i++) {
            if (((io.clientbench.model.FieldDescriptor) items[i].getData()).name().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aColumnHeaderMenuStartsASearchInThatColumn() {
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", NAVIGATOR));
        Table table = robot.find(WidgetIds.NAVIGATOR_TABLE, Table.class);
        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        robot.waitUntil("the customers loaded", () -> table.getItemCount() >= 3);
        robot.runOnUi(() -> { // a right-click on the name column's header, as the window system reports it
            int name = WorkbenchFixture.navigatorColumn(table, "fullName");
            int x = 0;
            for (int index : table.getColumnOrder()) {
                if (index == name) {
                    break;
                }
                x += table.getColumn(index).getWidth();
            }
            org.eclipse.swt.graphics.Point at = table.toDisplay(x + 10, table.getHeaderHeight() / 2);
            Event click = new Event();
            click.x = at.x;
            click.y = at.y;
            table.notifyListeners(SWT.MenuDetect, click);
        });
        org.eclipse.swt.widgets.MenuItem filter = robot.onUi(() -> java.util.Arrays.stream(table.getMenu().getItems())
                .filter(item -> WidgetIds.NAVIGATOR_HEADER_FILTER.equals(item.getData(WidgetIds.KEY))).findFirst().orElseThrow());
        robot.runOnUi(() -> filter.notifyListeners(SWT.Selection, new Event()));
        String header = robot.onUi(() -> table.getColumn(WorkbenchFixture.navigatorColumn(table, "fullName")).getText());
        String word = (header.contains(" ") ? "fullName" : header) + ":"; // "客户名称:" in Chinese, the name for "Customer name"
        robot.waitUntil("a name-restricted word started", () -> search.getText().equals(word) && search.isFocusControl());
        robot.type(TAG + "b");
        robot.waitUntil("one customer whose name matches", () -> table.getItemCount() == 1);
        robot.runOnUi(() -> search.setText(""));
    }

    @Test
    void closingTheNavigatorRemovesItsWidgets() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        assertNull(robot.onUi(() -> page.findView(NAVIGATOR)));
        assertTrue(robot.tryFind(WidgetIds.NAVIGATOR_SEARCH).isEmpty());
    }
}
