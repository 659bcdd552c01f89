package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
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
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.WidgetIds;

/** Issue 5, acceptance 2 (visits): a rep's plan is generated, a visit recorded from it makes the follow-up and moves the plan. */
@ExtendWith(ScreenshotOnFailure.class)
class VisitPlanTest {

    private static final String TAG = "V" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private final UiRobot robot = new UiRobot();

    @Test
    void aVisitRecordedFromThePlanMakesTheFollowUpAndMovesThePlan() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        String owner = "代表" + TAG;
        StoredRecord stored = records.create("Customer", Map.of("fullName", "德阳" + TAG + "机电有限公司", "owner", owner, "customerClass", "B"));
        long customer = stored.id();
        records.createTogether(List.of(new RecordRepository.NewRecord("Visit", Map.of(RecordRepository.OWNER, customer,
                "date", LocalDateTime.now().minusMonths(4), "method", "ON_SITE"))));
        WorkbenchFixture.announce(robot, stored); // an open plan reloads

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.visits.ui.plan"));
        Combo owners = robot.find(WidgetIds.VISITS_OWNER, Combo.class);
        robot.waitUntil("the rep listed", () -> owners.indexOf(owner) > 0);
        robot.runOnUi(() -> { // GTK combo popups do not take XTEST input reliably; select as the popup would
            owners.select(owners.indexOf(owner));
            owners.notifyListeners(SWT.Selection, new Event());
        });
        Table table = robot.find(WidgetIds.VISITS_TABLE, Table.class);
        robot.waitUntil("the rep's plan: a weekly call and an on-site visit every two weeks", () -> table.getItemCount() >= 3);
        assertTrue(robot.onUi(() -> Arrays.stream(table.getItems()).allMatch(i -> i.getText(2).equals(owner))), "only this rep's lines");
        String before = robot.onUi(() -> table.getItem(0).getText(4));

        robot.runOnUi(() -> table.setSelection(0)); // the first line, due at the month's start (nothing since four months)
        robot.click(robot.find(WidgetIds.VISITS_RECORD, Button.class));
        Text content = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "content", Text.class);
        Shell dialog = robot.onUi(content::getShell);
        robot.click(content);
        robot.waitUntil("focus in the content", content::isFocusControl);
        robot.type("Site survey for the new plant");
        robot.pause(200);
        robot.screenshot(WorkbenchFixture.screenshot("visit-record"));
        robot.click(robot.find(WidgetIds.VISITS_DIALOG_OK, Button.class));
        robot.waitUntil("the dialog closed", dialog::isDisposed);

        assertEquals(2, records.findByOwner("Visit", customer).size());
        List<StoredRecord> followUps = records.findByOwner("FollowUp", customer);
        assertEquals(1, followUps.size(), "the visit made its follow-up");
        assertEquals("Site survey for the new plant", followUps.get(0).values().get("content"));
        robot.waitUntil("the plan moved: the first line is done", () -> table.getItemCount() > 0 && !table.getItem(0).getText(4).equals(before)
                && !table.getItem(0).getText(5).isEmpty());
        long done = robot.onUi(() -> Arrays.stream(table.getItems()).filter(i -> !i.getText(5).isEmpty()).count());
        assertEquals(1, done, "the visit and its follow-up are one contact: it meets one due date, not two");
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot("visit-plan"));
    }

    @Test
    void thePreferencesListTheDefaultCadencesAndTheirNumbers() {
        robot.display().asyncExec(() -> org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(null, "io.clientbench.visits.ui.cadences", null, null).open());
        Table rules = robot.find(WidgetIds.VISITS_CADENCE_TABLE, Table.class);
        Shell dialog = robot.onUi(rules::getShell);
        try {
            assertEquals(11, robot.onUi(rules::getItemCount), "the sheets' default cadences");
            assertEquals(List.of("7", "1", "2"), robot.onUi(() -> List.of(rules.getItem(0).getText(2), rules.getItem(0).getText(3),
                    rules.getItem(0).getText(4))), "class A: a week, one on-site visit or two contacts");
            String classA = WorkbenchFixture.service(SchemaRegistry.class).schema().customer().field("customerClass").orElseThrow().label().text();
            assertTrue(robot.onUi(() -> rules.getItem(0).getText(1)).startsWith(classA + " = "), "bound to the customer class");
            robot.pause(200);
            robot.screenshot(WorkbenchFixture.screenshot("visit-cadences"));

            // class A every two weeks: the row, the arrow keys to its period, F2, the new number, Enter
            robot.clickRow(rules, 0);
            robot.waitUntil("the first rule selected", () -> rules.getSelectionIndex() == 0 && rules.isFocusControl());
            for (int i = 0; i < 5; i++) {
                robot.press(SWT.ARROW_LEFT);
            }
            robot.press(SWT.ARROW_RIGHT);
            robot.press(SWT.ARROW_RIGHT);
            robot.press(SWT.F2);
            robot.waitUntil("the period's editor", () -> robot.display().getFocusControl() instanceof Text);
            Text period = robot.onUi(() -> (Text) robot.display().getFocusControl());
            robot.waitUntil("the period selected whole", () -> period.getSelectionCount() == period.getText().length());
            robot.type("14");
            robot.press(SWT.CR);
            robot.waitUntil("the period changed", () -> rules.getItem(0).getText(2).equals("14"));
        } finally {
            robot.runOnUi(dialog::close);
        }
    }

    @Test
    void anAdminBindsANewRuleToAnotherGradeAndThePlanFollowsIt() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        String owner = "代表" + TAG + "m";
        WorkbenchFixture.announce(robot, records.create("Customer", Map.of("fullName", "遂宁" + TAG + "市政设计院", "owner", owner, "marketSpaceClass", "A")));
        EntitySchema customer = WorkbenchFixture.service(SchemaRegistry.class).schema().customer();
        FieldDescriptor marketSpace = customer.field("marketSpaceClass").orElseThrow();

        robot.display().asyncExec(() -> org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(null, "io.clientbench.visits.ui.cadences", null, null).open());
        Table rules = robot.find(WidgetIds.VISITS_CADENCE_TABLE, Table.class);
        Shell preferences = robot.onUi(rules::getShell);
        try {
            robot.click(robot.find(WidgetIds.VISITS_CADENCE_ADD, Button.class));
            Text name = robot.find(WidgetIds.RULE_NAME, Text.class);
            Shell dialog = robot.onUi(name::getShell);
            robot.click(name);
            robot.waitUntil("focus in the name", name::isFocusControl);
            robot.type("Market space A: four visits a month");
            Combo field = robot.find(WidgetIds.RULE_FIELD, Combo.class);
            Combo value = robot.find(WidgetIds.RULE_VALUE, Combo.class);
            robot.runOnUi(() -> { // GTK combo popups do not take XTEST input reliably; select as the popup would
                field.select(field.indexOf(marketSpace.label().text()));
                field.notifyListeners(SWT.Selection, new Event());
                value.select(0); // A
            });
            Spinner onSite = robot.find(WidgetIds.RULE_ON_SITE, Spinner.class);
            robot.click(onSite);
            robot.waitUntil("focus in the on-site visits", onSite::isFocusControl);
            robot.press(SWT.END);
            for (int i = 0; i < 3; i++) {
                robot.press(SWT.BS);
            }
            robot.type("4");
            robot.press(SWT.TAB); // GTK takes a typed number when the field is left
            robot.waitUntil("four on-site visits", () -> onSite.getSelection() == 4);
            robot.pause(200);
            robot.screenshot(WorkbenchFixture.screenshot("visit-cadence-add"));
            robot.click(robot.find(WidgetIds.RULE_OK, Button.class));
            robot.waitUntil("the rule dialog closed", dialog::isDisposed);
            robot.waitUntil("the new rule listed", () -> rules.getItemCount() == 12);
            assertTrue(robot.onUi(() -> rules.getItem(11).getText(1)).contains(marketSpace.label().text()), robot.onUi(() -> rules.getItem(11).getText(1)));
            robot.pause(200);
            robot.screenshot(WorkbenchFixture.screenshot("visit-cadences-custom"));
            Button ok = robot.onUi(() -> okButton(preferences));
            robot.click(ok);
            robot.waitUntil("the preferences closed", preferences::isDisposed);

            WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", "io.clientbench.visits.ui.plan"));
            Combo owners = robot.find(WidgetIds.VISITS_OWNER, Combo.class);
            Table plan = robot.find(WidgetIds.VISITS_TABLE, Table.class);
            robot.waitUntil("the plan reloaded with the rep", () -> owners.indexOf(owner) > 0);
            robot.runOnUi(() -> {
                owners.select(owners.indexOf(owner));
                owners.notifyListeners(SWT.Selection, new Event());
            });
            robot.waitUntil("four on-site visits in the month, by the new rule alone", () -> plan.getItemCount() == 4
                    && Arrays.stream(plan.getItems()).allMatch(i -> i.getText(6).contains("Market space A")));
        } finally {
            org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("io.clientbench.visits.ui").remove("cadence.custom");
            if (!robot.onUi(preferences::isDisposed)) {
                robot.runOnUi(preferences::close);
            }
        }
    }

    /** A JFace dialog's OK button (JFace keeps each button's id as its data). */
    private static Button okButton(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && Integer.valueOf(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).equals(button.getData())) {
                return button;
            }
            if (child instanceof Composite composite && okButton(composite) != null) {
                return okButton(composite);
            }
        }
        return null;
    }
}
