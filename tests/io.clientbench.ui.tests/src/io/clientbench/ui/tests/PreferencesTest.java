package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.ClientbenchPreferences;
import io.clientbench.ui.WidgetIds;

/** Window &gt; Preferences &gt; Clientbench: a medium threshold not below the high one is refused; a valid change is kept. */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencesTest {

    private final UiRobot robot = new UiRobot();

    @Test
    void iceThresholdsAreCheckedAndKept() {
        robot.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(null, "io.clientbench.ui.preferences", null, null).open());
        Text high = robot.find(WidgetIds.PREFERENCES_ICE_HIGH, Text.class);
        Text medium = robot.find(WidgetIds.PREFERENCES_ICE_MEDIUM, Text.class);
        Shell shell = robot.onUi(high::getShell);
        PreferenceDialog dialog = (PreferenceDialog) robot.onUi(shell::getData);
        assertEquals(String.valueOf(ClientbenchPreferences.DEFAULT_ICE_HIGH), robot.onUi(high::getText));

        WorkbenchFixture.replaceText(robot, medium, "70");
        robot.waitUntil("OK disabled while medium >= high", () -> !okButton(dialog).isEnabled());
        assertTrue(robot.onUi(() -> ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).isValid()) == false);
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("preferences-invalid"));

        WorkbenchFixture.replaceText(robot, medium, "25");
        WorkbenchFixture.replaceText(robot, high, "50");
        robot.waitUntil("OK enabled again", () -> okButton(dialog).isEnabled());
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("preferences"));
        robot.click(okButton(dialog));
        robot.waitUntil("the dialog closed", shell::isDisposed);
        assertEquals(50, ClientbenchPreferences.iceHigh());
        assertEquals(25, ClientbenchPreferences.iceMedium());

        robot.runOnUi(() -> { // the defaults back for the other tests
            var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(ClientbenchPreferences.QUALIFIER);
            node.remove(ClientbenchPreferences.ICE_HIGH);
            node.remove(ClientbenchPreferences.ICE_MEDIUM);
        });
        assertEquals(ClientbenchPreferences.DEFAULT_ICE_HIGH, ClientbenchPreferences.iceHigh());
    }


    /** The dialog's default button: "Apply and Close". */
    private Button okButton(PreferenceDialog dialog) {
        return robot.onUi(() -> dialog.getShell().getDefaultButton());
    }
}
