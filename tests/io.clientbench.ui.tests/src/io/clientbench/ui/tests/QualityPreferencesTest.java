package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.quality.ui.internal.QualityPreferencePage;
import io.clientbench.quality.ui.internal.QualityPreferences;
import io.clientbench.store.RecordRepository;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/**
 * Issue 7 (G3): the staleness period is the branch's to set. A customer last updated 20 days ago is not stale under the
 * sheets' 30 days; after Window &gt; Preferences &gt; Clientbench &gt; Data Quality is set to 14 days, the next Scan
 * flags it, and an out-of-range value is refused on the page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class QualityPreferencesTest {

    private static final String VIEW = "io.clientbench.quality.ui.dataQuality";
    private static final String NAME = "P" + Long.toString(System.currentTimeMillis() % 1_679_616, 36) + "过期测试有限公司";
    private final UiRobot robot = new UiRobot(org.eclipse.swt.widgets.Display.getDefault(), WidgetIds.KEY, java.time.Duration.ofSeconds(60));

    @AfterEach
    void defaults() {
        robot.runOnUi(QualityPreferencesTest::reset);
    }

    @Test
    void theStalePeriodSetInThePreferencesDecidesWhatTheScanFlags() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        records.create("Customer", Map.of("fullName", NAME, "region", "成都", "updatedAt", LocalDateTime.now().minusDays(20)));
        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", VIEW));
        assertEquals(List.of(), scanFindingsOfTheCustomer(), "20 days are within the default 30");

        robot.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(null, "io.clientbench.quality.ui.preferences", null, null).open());
        Text days = robot.find(QualityPreferencePage.WIDGET_PREFIX + QualityPreferences.STALE_DAYS, Text.class);
        PreferenceDialog dialog = (PreferenceDialog) robot.onUi(() -> days.getShell().getData());
        assertEquals("30", robot.onUi(days::getText));
        WorkbenchFixture.replaceText(robot, days, "0");
        robot.waitUntil("OK disabled for 0 days", () -> !dialog.getShell().getDefaultButton().isEnabled());
        WorkbenchFixture.replaceText(robot, days, "14");
        robot.waitUntil("OK enabled for 14 days", () -> dialog.getShell().getDefaultButton().isEnabled());
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("preferences-quality"));
        Shell shell = robot.onUi(dialog::getShell);
        robot.click(robot.onUi(() -> dialog.getShell().getDefaultButton()));
        robot.waitUntil("the dialog closed", shell::isDisposed);
        assertEquals(14, QualityPreferences.get(QualityPreferences.STALE_DAYS));

        List<String> flagged = scanFindingsOfTheCustomer();
        assertEquals(1, flagged.size(), flagged.toString());
        assertTrue(flagged.get(0).contains("20"), "the days without an update: " + flagged);
    }

    /** Runs Scan and returns the stale findings listed for this test's customer. */
    private List<String> scanFindingsOfTheCustomer() {
        Label status = robot.find(WidgetIds.QUALITY_STATUS, Label.class);
        robot.runOnUi(() -> status.setText(""));
        robot.click(robot.find(WidgetIds.QUALITY_SCAN, Button.class));
        robot.waitUntil("the scan done", () -> status.getText().matches(".*\\d.*"));
        Control groups = robot.find(WidgetIds.QUALITY_GROUPS, Control.class);
        robot.runOnUi(() -> WorkbenchFixture.tabOf(groups).setSelection(1));
        Table findings = robot.find(WidgetIds.QUALITY_FINDINGS, Table.class);
        String stale = robot.onUi(() -> io.clientbench.quality.ui.internal.QualityUiMessages.kind_STALE);
        List<String> found = robot.onUi(() -> {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < findings.getItemCount(); i++) {
                var item = findings.getItem(i);
                if (NAME.equals(item.getText(0)) && stale.equals(item.getText(1))) {
                    rows.add(item.getText(2));
                }
            }
            return rows;
        });
        if (!found.isEmpty()) {
            robot.runOnUi(() -> {
                int row = java.util.stream.IntStream.range(0, findings.getItemCount()).filter(i -> NAME.equals(findings.getItem(i).getText(0)))
                        .findFirst().orElse(0);
                findings.setSelection(row);
                findings.showSelection();
            });
            robot.pause(300);
            robot.screenshot(WorkbenchFixture.screenshot("quality-stale"));
        }
        robot.runOnUi(() -> WorkbenchFixture.tabOf(groups).setSelection(0));
        assertFalse(found.stream().anyMatch(String::isBlank));
        return found;
    }



    /** Puts the quality preferences back to their defaults for the other tests. */
    private static void reset() {
        try {
            var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(QualityPreferences.QUALIFIER);
            node.clear();
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
