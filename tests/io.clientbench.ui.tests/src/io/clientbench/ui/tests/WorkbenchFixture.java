package io.clientbench.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/** Shared access to the running workbench that the UI harness started. Call the UI-bound methods via the robot. */
final class WorkbenchFixture {

    private WorkbenchFixture() {
    }

    static IWorkbenchWindow window(UiRobot robot) {
        robot.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        return robot.onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
    }

    static IWorkbenchPage page(UiRobot robot) {
        IWorkbenchWindow window = window(robot);
        return robot.onUi(window::getActivePage);
    }

    /** An OSGi service of the running product (the store's repository, the schema registry). */
    static <T> T service(Class<T> type) {
        var tracker = new org.osgi.util.tracker.ServiceTracker<T, T>(
                org.osgi.framework.FrameworkUtil.getBundle(WorkbenchFixture.class).getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** Runs a command as its menu item or key binding would. */
    static void execute(UiRobot robot, String commandId, java.util.Map<String, String> parameters) {
        robot.runOnUi(() -> {
            var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
            var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
            try {
                handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                        commands.getCommand(commandId), parameters), null);
            } catch (Exception e) {
                throw new IllegalStateException(commandId, e);
            }
        });
    }

    /** The language the build started this workbench with (-nl), e.g. "en" or "zh". */
    static String language() {
        return Locale.forLanguageTag(Platform.getNL().replace('_', '-')).getLanguage();
    }

    /** Where screenshots of this language go: {@code <screenshots>/<language>/<name>.png}. */
    static Path screenshot(String name) {
        return UiRobot.screenshotFolder().resolve(language()).resolve(name + ".png");
    }

    /** Tells the open views about a customer a test stored directly, as the editor does when it saves one. */
    static void announce(UiRobot robot, io.clientbench.store.StoredRecord customer) {
        robot.runOnUi(() -> org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.e4.core.services.events.IEventBroker.class)
                .send(io.clientbench.ui.CustomerEvents.SAVED, customer));
    }

    /** Announces records the test wrote in bulk past the workbench, as an import does: the views read again. */
    static void announceBulkWrite(UiRobot robot) {
        robot.runOnUi(() -> org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.e4.core.services.events.IEventBroker.class)
                .send(io.clientbench.ui.CustomerEvents.IMPORTED, "test"));
    }

    /** Types a search into the navigator with real keys, replacing what an earlier test left there. */
    static void searchNavigator(UiRobot robot, String text) {
        Text search = robot.find(WidgetIds.NAVIGATOR_SEARCH, Text.class);
        robot.runOnUi(() -> search.setText(""));
        robot.click(search);
        robot.waitUntil("focus in the search field", search::isFocusControl);
        robot.type(text);
        robot.waitUntil("the search typed", () -> search.getText().equals(text));
    }

    /** Types into an editor field's text with real keys, after a real click on it. */
    static void typeInto(UiRobot robot, String field, String value) {
        Text text = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + field, Text.class);
        robot.click(text);
        robot.waitUntil("focus in " + field, text::isFocusControl);
        robot.type(value);
        robot.waitUntil(field + " typed", () -> text.getText().endsWith(value));
    }

    /** Replaces a text's whole content with real keys, after a real click on it (a preference field, a dialog's). */
    static void replaceText(UiRobot robot, Text text, String value) {
        robot.click(text);
        robot.waitUntil("focus", text::isFocusControl);
        robot.runOnUi(text::selectAll);
        robot.type(value);
        robot.waitUntil("typed " + value, () -> text.getText().equals(value));
    }

    /**
     * File &gt; Save on this editor, made active first as a person's click into it would: without a window manager, a
     * closed popup (the date picker) can leave no part active, and File &gt; Save then asks "Save '…'?" in a dialog.
     */
    static void save(UiRobot robot, org.eclipse.ui.IEditorPart editor) {
        IWorkbenchPage page = page(robot);
        robot.runOnUi(() -> page.activate(editor));
        robot.waitUntil("the editor active", () -> page.getActivePart() == editor);
        execute(robot, "org.eclipse.ui.file.save", java.util.Map.of());
    }

    /** The tab folder a control lies in (call on the UI thread): hidden widgets are not found, show their tab first. */
    static org.eclipse.swt.widgets.TabFolder tabOf(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.widgets.Composite parent = control.getParent();
        while (!(parent instanceof org.eclipse.swt.widgets.TabFolder)) {
            parent = parent.getParent();
        }
        return (org.eclipse.swt.widgets.TabFolder) parent;
    }

    /** Chooses an item of an editor field's combo. */
    static void choose(UiRobot robot, String field, int index) {
        Combo combo = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + field, Combo.class);
        robot.runOnUi(() -> { // GTK combo popups do not take XTEST input reliably; select as the popup would
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** The index of the navigator's column for a field, or -1 (call on the UI thread). */
    static int navigatorColumn(Table table, String field) {
        return Arrays.stream(table.getColumns()).map(c -> c.getData(WidgetIds.KEY)).toList()
                .indexOf(WidgetIds.NAVIGATOR_COLUMN_PREFIX + field);
    }
}
