package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/** Opens the customer navigator through its command and drives it with real mouse and key events. */
@ExtendWith(ScreenshotOnFailure.class)
class NavigatorViewTest {

    private static final String NAVIGATOR = "io.clientbench.ui.views.navigator";
    private final UiRobot robot = new UiRobot();

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
    void showViewCommandOpensTheNavigatorAndTypingFiltersItsViews() {
        // what Window > Customer Navigator runs
        robot.runOnUi(() -> {
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            try {
                handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.eclipse.ui.views.showView"),
                        Map.of("org.eclipse.ui.views.showView.viewId", NAVIGATOR)), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        assertNotNull(robot.onUi(() -> page.findView(NAVIGATOR)), "navigator opened by its command");

        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        Table views = robot.find(WidgetIds.NAVIGATOR_VIEWS, Table.class);
        Label status = robot.find(WidgetIds.NAVIGATOR_STATUS, Label.class);
        assertEquals(4, (int) robot.onUi(views::getItemCount), "all saved views before searching");

        robot.click(search);
        robot.waitUntil("focus in the search field", search::isFocusControl);
        robot.type("key");
        robot.waitUntil("one matching view", () -> views.getItemCount() == 1);
        assertEquals("Key and difficult customers", robot.onUi(() -> views.getItem(0).getText()));
        assertEquals("key", robot.onUi(search::getText));

        robot.type("zz");
        robot.waitUntil("no matching view", () -> views.getItemCount() == 0);
        assertEquals("No view matches", robot.onUi(status::getText));

        for (int i = 0; i < "keyzz".length(); i++) {
            robot.press(SWT.BS);
        }
        robot.waitUntil("all views again", () -> views.getItemCount() == 4);
        String shown = robot.onUi(status::getText);
        assertTrue(shown.startsWith("4 views"), shown);

        robot.clickRow(views, 1);
        robot.waitUntil("the clicked row selected", () -> views.getSelectionIndex() == 1);
        assertEquals("My customers", robot.onUi(() -> views.getSelection()[0].getText()));
        robot.screenshot(WorkbenchFixture.screenshot("navigator"));
    }

    @Test
    void closingTheNavigatorRemovesItsWidgets() {
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        assertNull(robot.onUi(() -> page.findView(NAVIGATOR)));
        assertTrue(robot.tryFind(WidgetIds.NAVIGATOR_SEARCH).isEmpty());
    }
}
