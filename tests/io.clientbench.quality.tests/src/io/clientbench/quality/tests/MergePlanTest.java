package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.MergePlan;
import io.clientbench.quality.MergePlan.Choice;
import io.clientbench.store.RecordMerger.MergeRequest;
import io.clientbench.store.StoredRecord;

/** Which record survives and which value each field keeps, by rule and by the user's pick. */
class MergePlanTest {

    private static final LocalDateTime JANUARY = LocalDateTime.of(2026, 1, 1, 9, 0);
    private static final LocalDateTime JUNE = LocalDateTime.of(2026, 6, 1, 9, 0);
    private final StoredRecord older = new StoredRecord("Customer", 1, 3,
            Map.of("fullName", "北京华信科技有限公司", "region", "北京", "updatedAt", JANUARY, "industry", "C"));
    private final StoredRecord newer = new StoredRecord("Customer", 2, 5,
            Map.of("fullName", "华信科技(北京)股份有限公司", "region", "北京市海淀区", "updatedAt", JUNE, "dataSource", "展会"));

    @Test
    void mostRecentValuesOnTheMostCompleteRecord() {
        MergePlan plan = MergePlan.of(TestSchema.customer(), List.of(older, newer), MergePlan.Rule.MOST_RECENT);
        assertEquals(1, plan.survivor().id(), "equally complete: the older record survives");
        assertEquals(List.of("fullName", "region", "dataSource", "updatedAt"), plan.choices().stream().map(c -> c.field().name()).toList(),
                "fields that differ, or that only the merged record has, in form order; industry only the survivor has");
        for (Choice choice : plan.choices()) {
            assertEquals(2, choice.chosenOption().recordId(), choice.field().name() + " comes from the newer record");
        }
        MergeRequest request = plan.request("北京华信科技有限公司");
        assertEquals(1, request.survivorId());
        assertEquals(3, request.survivorVersion());
        assertEquals(Map.of(2L, 5), request.merged());
        assertEquals(Map.of("fullName", "华信科技(北京)股份有限公司", "region", "北京市海淀区", "dataSource", "展会", "updatedAt", JUNE),
                request.survivorChanges());
    }

    @Test
    void theUserOverridesAField() {
        MergePlan plan = MergePlan.of(TestSchema.customer(), List.of(older, newer), MergePlan.Rule.MOST_COMPLETE);
        Choice name = plan.choices().get(0);
        assertEquals("华信科技(北京)股份有限公司", name.chosenOption().value(), "the longer name is the more complete");
        int olderName = name.options().get(0).recordId() == 1 ? 0 : 1;
        plan.choose("fullName", olderName);
        assertFalse(plan.survivorChanges().containsKey("fullName"), "the survivor keeps its own name");
        assertEquals("北京市海淀区", plan.survivorChanges().get("region"));
        assertThrows(IllegalArgumentException.class, () -> plan.choose("industry", 0));
        assertThrows(IllegalArgumentException.class, () -> MergePlan.of(TestSchema.customer(), List.of(older), MergePlan.Rule.MOST_RECENT));
    }

    @Test
    void theMoreCompleteRecordSurvives() {
        StoredRecord sparse = new StoredRecord("Customer", 1, 1, Map.of("fullName", "金鹏物流"));
        MergePlan plan = MergePlan.of(TestSchema.customer(), List.of(sparse, newer), MergePlan.Rule.MOST_RECENT);
        assertEquals(2, plan.survivor().id());
        assertEquals(Map.of(1L, 1), plan.request("x").merged());
    }
}
