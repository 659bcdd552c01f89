package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/**
 * Runs once per language the build starts the workbench with (-nl en, -nl zh): the Customers perspective is open
 * and its labels are in that language. Saves a screenshot of the main window for review.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LocalizedWorkbenchTest {

    private record Labels(String perspective, String navigator, String firstView, String menuFile) {
    }

    private static final Map<String, Labels> EXPECTED = Map.of(
            "en", new Labels("Customers", "Customer Navigator", "All customers", "File"),
            "zh", new Labels("客户", "客户导航", "全部客户", "文件"));

    private final UiRobot robot = new UiRobot();

    @Test
    void theCustomersPerspectiveIsOpenWithLabelsInTheStartLanguage() {
        String language = WorkbenchFixture.language();
        assertEquals(System.getProperty("clientbench.expectedLanguage", language), language, "-nl reached the workbench");
        Labels expected = EXPECTED.get(language);

        IWorkbenchPage page = WorkbenchFixture.page(robot);
        IPerspectiveDescriptor perspective = robot.onUi(page::getPerspective);
        assertEquals("io.clientbench.ui.perspectives.customers", perspective.getId());
        assertEquals(expected.perspective(), perspective.getLabel());

        IViewPart navigator = robot.onUi(() -> {
            try {
                return page.showView("io.clientbench.ui.views.navigator");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(expected.navigator(), robot.onUi(navigator::getTitle));
        org.eclipse.swt.widgets.Combo views = robot.find(WidgetIds.NAVIGATOR_VIEWS, org.eclipse.swt.widgets.Combo.class);
        robot.waitUntil("saved views listed", () -> views.getItemCount() > 0);
        assertEquals(expected.firstView(), robot.onUi(() -> views.getItem(0)));
        IWorkbenchWindow window = WorkbenchFixture.window(robot);
        String fileMenu = robot.onUi(() -> window.getShell().getMenuBar().getItem(0).getText()).replace("&", "");
        assertTrue(fileMenu.startsWith(expected.menuFile()), fileMenu);

        robot.screenshot(WorkbenchFixture.screenshot("workbench"));
    }
}
