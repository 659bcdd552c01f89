package io.clientbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clientbench.store.PendingMarks;
import io.clientbench.store.RecordMerger;
import io.clientbench.store.RecordMerger.MergeEntry;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoredRecord;
import io.clientbench.tests.support.ScreenshotOnFailure;
import io.clientbench.tests.support.UiRobot;
import io.clientbench.ui.CustomerEditorInput;
import io.clientbench.ui.WidgetIds;

/**
 * Issue 7 (G3): two entries of one company — another legal form and brackets, the phone written with +86 — are found
 * by the Data Quality view's check, merged through the wizard with one value picked by hand, and the store then holds
 * one customer owning every contact, deal and follow-up, the invitation pointing at it, and a journal of the old values.
 * Merge History… then refuses to undo a merge whose customer was edited since (the reason shown) and undoes the
 * wizard's merge: both customers back with their own records. A field marked 待确认 from the editor's context menu,
 * and one typed 待补充, are stored as marks and listed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DataQualityTest {

    private static final String VIEW = "io.clientbench.quality.ui.dataQuality";
    private static final String TAG = "q" + Long.toString(System.currentTimeMillis() % 1_679_616, 36);
    private final UiRobot robot = new UiRobot(org.eclipse.swt.widgets.Display.getDefault(), WidgetIds.KEY, java.time.Duration.ofSeconds(60));

    @Test
    void aPlantedPairIsFoundAndMergedWithoutLosingRecords() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        String keptName = "北京" + TAG + "科技有限公司";
        String otherName = TAG + "科技（北京）股份有限公司";
        StoredRecord kept = records.create("Customer", Map.of("fullName", keptName, "customerNo", TAG + "-1", "region", "北京",
                "updatedAt", LocalDateTime.of(2026, 1, 5, 9, 0)));
        StoredRecord other = records.create("Customer", Map.of("fullName", otherName, "dataSource", "展会",
                "updatedAt", LocalDateTime.of(2026, 10, 5, 9, 0)));
        long keptContact = child(records, "Contact", kept, Map.of("name", "王伟", "mobile", mobile));
        long otherContact = child(records, "Contact", other, Map.of("name", "李娜", "officePhone", "+86 " + mobile.substring(0, 3) + " "
                + mobile.substring(3, 7) + " " + mobile.substring(7)));
        long deal1 = child(records, "Deal", other, Map.of("date", LocalDate.of(2026, 3, 1), "amount", new BigDecimal("50000")));
        long deal2 = child(records, "Deal", other, Map.of("date", LocalDate.of(2026, 9, 1), "amount", new BigDecimal("80000")));
        long followUp = child(records, "FollowUp", other, Map.of("time", LocalDateTime.of(2026, 11, 2, 10, 0), "content", "电话回访"));
        StoredRecord activity = records.create("Activity", Map.of("name", TAG + "年终答谢会"));
        StoredRecord invitation = records.create("Invitation", Map.of(RecordRepository.OWNER, activity.id(), "customer", other.id()));

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", VIEW));
        Tree groups = robot.find(WidgetIds.QUALITY_GROUPS, Tree.class);
        Label status = robot.find(WidgetIds.QUALITY_STATUS, Label.class);
        robot.click(robot.find(WidgetIds.QUALITY_SCAN, Button.class));
        robot.waitUntil("the pair found", () -> groupIndex(groups) >= 0);
        int index = robot.onUi(() -> groupIndex(groups));
        TreeItem group = robot.onUi(() -> groups.getItem(index));
        String groupText = robot.onUi(() -> group.getText(0) + " | " + group.getText(2));
        assertTrue(groupText.contains(mobile), "the shared phone is a reason: " + groupText);
        robot.runOnUi(() -> {
            group.setExpanded(true);
            groups.setSelection(group);
            groups.showItem(group);
            groups.notifyListeners(SWT.Selection, new Event());
        });
        List<String> members = robot.onUi(() -> Arrays.stream(group.getItems()).map(i -> i.getText(0)).toList());
        assertEquals(2, members.size(), members.toString());
        shot("quality-view");
        robot.runOnUi(() -> WorkbenchFixture.tabOf(groups).setSelection(1)); // hidden widgets are not found: show the findings
        Label counts = robot.find(WidgetIds.QUALITY_COUNTS, Label.class);
        assertTrue(robot.onUi(counts::getText).matches(".*\\d.*"), robot.onUi(counts::getText));
        Table findings = robot.find(WidgetIds.QUALITY_FINDINGS, Table.class);
        assertTrue(robot.onUi(findings::getItemCount) > 0, "findings listed");
        robot.runOnUi(() -> WorkbenchFixture.tabOf(groups).setSelection(0));

        Button merge = robot.find(WidgetIds.QUALITY_MERGE, Button.class);
        robot.waitUntil("merge enabled", merge::isEnabled);
        robot.click(merge);
        Combo name = robot.find(WidgetIds.MERGE_FIELD_PREFIX + "fullName", Combo.class);
        Shell wizard = robot.onUi(name::getShell);
        assertTrue(robot.onUi(name::getText).startsWith(otherName), "the most recent name by default: " + robot.onUi(name::getText));
        int keptOption = robot.onUi(() -> Arrays.asList(name.getItems()).indexOf(Arrays.stream(name.getItems())
                .filter(i -> i.startsWith(keptName)).findFirst().orElseThrow()));
        robot.runOnUi(() -> { // GTK combo popups ignore XTEST input: choose as the popup would
            name.select(keptOption);
            name.notifyListeners(SWT.Selection, new Event());
        });
        Combo source = robot.find(WidgetIds.MERGE_FIELD_PREFIX + "dataSource", Combo.class);
        assertTrue(robot.onUi(source::getText).startsWith("展会"));
        shot("merge-choices");
        robot.click(robot.find(WidgetIds.MERGE_NEXT, Button.class));
        Text summary = robot.find(WidgetIds.MERGE_SUMMARY, Text.class);
        robot.waitUntil("the summary shown", () -> summary.isVisible() && summary.getText().contains(otherName));
        String said = robot.onUi(summary::getText);
        assertTrue(said.contains(keptName) && said.contains("展会"), said);
        shot("merge-summary");
        robot.click(robot.find(WidgetIds.MERGE_FINISH, Button.class));
        robot.waitUntil("the wizard closed", wizard::isDisposed);

        robot.waitUntil("the duplicate merged away", () -> {
            try {
                return records.find("Customer", other.id()).isEmpty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        StoredRecord merged = records.find("Customer", kept.id()).orElseThrow();
        assertEquals(keptName, merged.values().get("fullName"), "the name picked by hand");
        assertEquals("展会", merged.values().get("dataSource"), "the value only the other record had");
        assertEquals(List.of(keptContact, otherContact), ids(records, "Contact", kept));
        assertEquals(List.of(deal1, deal2), ids(records, "Deal", kept));
        assertEquals(List.of(followUp), ids(records, "FollowUp", kept));
        assertEquals(kept.id(), ((Number) records.find("Invitation", invitation.id()).orElseThrow().values().get("customer")).longValue());
        MergeEntry journal = WorkbenchFixture.service(RecordMerger.class).merges().stream().filter(m -> m.survivorId() == kept.id())
                .findFirst().orElseThrow();
        assertEquals(otherName, journal.before().get(other.id()).get("fullName"));

        robot.waitUntil("the check run again without the pair", () -> groupIndex(groups) < 0 && status.getText().matches(".*\\d.*"));
        shot("quality-after-merge");
        robot.runOnUi(() -> WorkbenchFixture.tabOf(findings).setSelection(1));
        shot("quality-findings");
        robot.runOnUi(() -> WorkbenchFixture.tabOf(findings).setSelection(0));

        undoThroughMergeHistory(records, kept, other, journal, Map.of("Contact", List.of(keptContact), "Deal", List.of(), "FollowUp", List.of()),
                Map.of("Contact", List.of(otherContact), "Deal", List.of(deal1, deal2), "FollowUp", List.of(followUp)), invitation.id());
        robot.waitUntil("the check run again with the pair back", () -> groupIndex(groups) >= 0);
    }

    /**
     * Merge History…: a merge whose customer was edited since is refused with the store's reason shown; the wizard's merge
     * is undone after the confirmation, and both customers are back with their own contacts, deals and follow-ups.
     */
    private void undoThroughMergeHistory(RecordRepository records, StoredRecord kept, StoredRecord other, MergeEntry merge,
            Map<String, List<Long>> keptOwns, Map<String, List<Long>> otherOwns, long invitation) throws Exception {
        RecordMerger merger = WorkbenchFixture.service(RecordMerger.class);
        String editedName = TAG + "后改物流有限公司";
        StoredRecord edited = records.create("Customer", Map.of("fullName", editedName));
        StoredRecord gone = records.create("Customer", Map.of("fullName", TAG + "后改物流"));
        merger.merge(new RecordMerger.MergeRequest("Customer", edited.id(), edited.version(), Map.of(), Map.of(gone.id(), gone.version()), editedName));
        StoredRecord after = records.find("Customer", edited.id()).orElseThrow();
        records.update("Customer", edited.id(), after.version(), Map.of("region", "上海")); // edited after the merge

        Shell main = robot.onUi(() -> org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell());
        robot.click(robot.find(WidgetIds.QUALITY_HISTORY, Button.class));
        Table history = robot.find(WidgetIds.MERGE_HISTORY_TABLE, Table.class);
        Shell dialog = robot.onUi(history::getShell);
        robot.waitUntil("both merges listed", () -> row(history, editedName) >= 0 && row(history, kept.values().get("fullName").toString()) >= 0);
        int refusedRow = robot.onUi(() -> row(history, editedName));
        assertTrue(robot.onUi(() -> history.getItem(refusedRow).getText(2)).contains(TAG + "后改物流 #" + gone.id()),
                robot.onUi(() -> history.getItem(refusedRow).getText(2)));
        Button undo = robot.find(WidgetIds.MERGE_HISTORY_UNDO, Button.class);
        robot.clickRow(history, refusedRow);
        robot.waitUntil("the edited merge chosen", () -> history.getSelectionIndex() == refusedRow && undo.isEnabled());
        robot.click(undo);
        confirm(Set.of(main, dialog));
        Shell error = newShell(Set.of(main, dialog), org.eclipse.jface.dialogs.MessageDialog.class);
        String reason = robot.onUi(() -> texts(error));
        assertTrue(reason.contains(editedName) && reason.contains("#" + edited.id()), reason);
        shot("merge-history-refused");
        robot.runOnUi(error::close);
        assertTrue(records.find("Customer", gone.id()).isEmpty(), "a refused undo changes nothing");
        assertEquals("上海", records.find("Customer", edited.id()).orElseThrow().values().get("region"));

        int keptRow = robot.onUi(() -> row(history, kept.values().get("fullName").toString()));
        robot.clickRow(history, keptRow);
        robot.waitUntil("the wizard's merge chosen", () -> history.getSelectionIndex() == keptRow && undo.isEnabled());
        shot("merge-history");
        robot.click(undo);
        confirm(Set.of(main, dialog));
        robot.waitUntil("the merge marked undone", () -> {
            int index = row(history, kept.values().get("fullName").toString());
            return index >= 0 && !history.getItem(index).getText(5).isEmpty() && !undo.isEnabled();
        });
        shot("merge-history-undone");
        robot.runOnUi(dialog::close);

        StoredRecord back = records.find("Customer", other.id()).orElseThrow();
        assertEquals(other.values().get("fullName"), back.values().get("fullName"));
        assertEquals("展会", back.values().get("dataSource"));
        StoredRecord restored = records.find("Customer", kept.id()).orElseThrow();
        assertEquals(null, restored.values().get("dataSource"), "the merged customer's values from before the merge");
        assertEquals("北京", restored.values().get("region"));
        for (String entity : List.of("Contact", "Deal", "FollowUp")) {
            assertEquals(keptOwns.get(entity), ids(records, entity, kept), entity + " of the kept customer");
            assertEquals(otherOwns.get(entity), ids(records, entity, other), entity + " back with the other customer");
        }
        assertEquals(other.id(), ((Number) records.find("Invitation", invitation).orElseThrow().values().get("customer")).longValue());
        assertTrue(merger.merges().stream().filter(m -> m.id() == merge.id()).findFirst().orElseThrow().undone());
    }

    /** Presses OK on the confirmation that opens over {@code known} (its default button). */
    private void confirm(Set<Shell> known) {
        Shell confirm = newShell(known, org.eclipse.jface.dialogs.MessageDialog.class);
        shot("merge-history-confirm");
        robot.activate(confirm);
        robot.press(SWT.CR);
        robot.waitUntil("the confirmation closed", confirm::isDisposed);
    }

    private Shell newShell(Set<Shell> known, Class<?> type) {
        java.util.function.Supplier<Shell> other = () -> Arrays.stream(robot.display().getShells())
                .filter(s -> !known.contains(s) && !s.isDisposed() && s.isVisible() && type.isInstance(s.getData())).findFirst().orElse(null);
        robot.waitUntil("a new " + type.getSimpleName(), () -> other.get() != null);
        return robot.onUi(other::get);
    }

    private static String texts(org.eclipse.swt.widgets.Control control) {
        StringBuilder all = new StringBuilder();
        if (control instanceof Label label) {
            all.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                all.append(texts(child));
            }
        }
        return all.toString();
    }

    /** The row of the merge history whose merged customer has this name, or -1 (on the UI thread). */
    private static int row(Table history, String name) {
        TableItem[] items = history.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(1).startsWith(name + "  #")) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aFieldMarkedInTheEditorIsStoredAndListed() throws Exception {
        RecordRepository records = WorkbenchFixture.service(RecordRepository.class);
        PendingMarks marks = WorkbenchFixture.service(PendingMarks.class);
        String name = TAG + "标记测试有限公司";
        StoredRecord customer = records.create("Customer", Map.of("fullName", name, "region", "成都"));
        IWorkbenchPage page = WorkbenchFixture.page(robot);
        IEditorPart editor = robot.onUi(() -> {
            try {
                return page.openEditor(new CustomerEditorInput(customer.id(), name), CustomerEditorInput.EDITOR_ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Combo size = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "sizeBand", Combo.class);
        org.eclipse.swt.graphics.Color plain = robot.onUi(size::getBackground);
        choose(size, "TO_BE_CONFIRMED.sizeBand");
        robot.waitUntil("the field shown as marked", () -> !size.getBackground().equals(plain) && editor.isDirty());
        Text region = robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "region", Text.class);
        robot.runOnUi(() -> region.setText("待补充")); // typed as the sheets write it
        shot("editor-pending");
        WorkbenchFixture.save(robot, editor);
        robot.waitUntil("saved", () -> !editor.isDirty());
        assertEquals(Map.of("sizeBand", "TO_BE_CONFIRMED", "region", "TO_BE_COMPLETED"), marks.marks("Customer", customer.id()));
        assertEquals(null, records.find("Customer", customer.id()).orElseThrow().values().get("region"), "a marked field holds no value");

        choose(robot.find(WidgetIds.EDITOR_FIELD_PREFIX + "sizeBand", Combo.class), "CLEAR.sizeBand");
        robot.waitUntil("the mark removed", editor::isDirty);
        WorkbenchFixture.save(robot, editor);
        robot.waitUntil("saved again", () -> !editor.isDirty());
        assertEquals(Map.of("region", "TO_BE_COMPLETED"), marks.marks("Customer", customer.id()));
        shot("editor-marked-saved");

        WorkbenchFixture.execute(robot, "org.eclipse.ui.views.showView", Map.of("org.eclipse.ui.views.showView.viewId", VIEW));
        Tree groups = robot.find(WidgetIds.QUALITY_GROUPS, Tree.class);
        robot.runOnUi(() -> WorkbenchFixture.tabOf(groups).setSelection(1));
        Table findings = robot.find(WidgetIds.QUALITY_FINDINGS, Table.class);
        robot.click(robot.find(WidgetIds.QUALITY_SCAN, Button.class));
        robot.waitUntil("the mark listed", () -> Arrays.stream(findings.getItems())
                .anyMatch(i -> i.getText(0).equals(name) && i.getText(2).contains("待补充")));
        shot("quality-findings-pending");
        assertTrue(!robot.onUi(editor::isDirty), "the saved editor stays clean");
        robot.runOnUi(() -> {
            WorkbenchFixture.tabOf(groups).setSelection(0);
            page.closeEditor(editor, false);
        });
    }

    /** File > Save on the editor (made the active part first: a job's progress in the status line can take the focus). */

    /** Runs a field's 待确认/待补充 context-menu item, as a click on it would (GTK menus take no XTEST input). */
    private void choose(org.eclipse.swt.widgets.Control field, String item) {
        robot.runOnUi(() -> {
            org.eclipse.swt.widgets.MenuItem found = Arrays.stream(field.getMenu().getItems())
                    .filter(i -> (WidgetIds.EDITOR_MARK_PREFIX + item).equals(i.getData(WidgetIds.KEY))).findFirst().orElseThrow();
            found.notifyListeners(SWT.Selection, new Event());
        });
    }


    /** The top-level row of the group holding this test's customers, or -1 (on the UI thread). */
    private static int groupIndex(Tree groups) {
        TreeItem[] items = groups.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(0).contains(TAG)) {
                return i;
            }
        }
        return -1;
    }

    private static long child(RecordRepository records, String entity, StoredRecord owner, Map<String, Object> values) throws Exception {
        Map<String, Object> all = new HashMap<>(values);
        all.put(RecordRepository.OWNER, owner.id());
        return records.create(entity, all).id();
    }

    private static List<Long> ids(RecordRepository records, String entity, StoredRecord owner) throws Exception {
        return records.findByOwner(entity, owner.id()).stream().map(StoredRecord::id).toList();
    }

    private void shot(String name) {
        robot.pause(300);
        robot.screenshot(WorkbenchFixture.screenshot(name));
    }
}
