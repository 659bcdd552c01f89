package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.AnalysisResult.Tagged;
import io.clientbench.analysis.report.RecordWriteBack;
import io.clientbench.analysis.report.ScoreWriteBack;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.Database;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;

/**
 * An analysis's tags and grades kept as the customers' Tag and Grade records on the real store: the second run
 * replaces the first one's records (a changed tag, a tag no longer given), a hand-set tag and another analysis's tag
 * stay, a deleted customer is reported; grades carry the scheme of the field they are meant for.
 */
class RecordWriteBackTest {

    private static final String TAGS = "io.clientbench.analysis.tags";

    @Test
    void aSecondRunReplacesTheAnalysisRecordsAndKeepsTheOthers() throws Exception {
        SchemaRegistry schemas = Services.get(SchemaRegistry.class);
        Services.get(Database.class).open();
        Services.get(SchemaStore.class).migrate(schemas.schema());
        RecordRepository repository = Services.get(RecordRepository.class);
        OwnedRecords owned = Services.get(OwnedRecords.class);
        long a = repository.create("Customer", Map.of("fullName", "标签甲")).id();
        long b = repository.create("Customer", Map.of("fullName", "标签乙")).id();
        repository.createAll("Tag", List.of(Map.of(RecordRepository.OWNER, a, "name", "重点", "rule", "manual"),
                Map.of(RecordRepository.OWNER, a, "name", "VIP", "rule", "io.clientbench.analysis.rfm/vip")));

        AnalysisResult first = AnalysisResult.builder().gradeField("valueLevel")
                .score(new Score(a, "高", "value-high", "活跃", "active", "高价值：…", List.of(new Tagged("价格敏感型", "need-price"))))
                .score(new Score(b, "Low", "value-low", "Potential", "potential", "never bought"))
                .score(new Score(-7, "高", "value-high", "活跃", "active", "gone")).build();
        ScoreWriteBack.Targets targets = ScoreWriteBack.targets(schemas.schema().customer(), first);
        assertEquals("valueLevel", targets.gradeField().name());
        assertEquals("statusTag", targets.tagField().name(), "活跃 and Potential are both StatusTag values");

        RecordWriteBack.Report report = RecordWriteBack.write(repository, owned, TAGS, targets.gradeField(), first.scores(), LocalDateTime.of(2026, 11, 1, 9, 0), 1,
                (done, of) -> true);
        assertEquals(new RecordWriteBack.Report(2, 3, 2, 0, List.of(-7L)), report);
        assertEquals(new TreeSet<>(List.of("manual 重点", "io.clientbench.analysis.rfm/vip VIP", TAGS + "/active 活跃", TAGS + "/need-price 价格敏感型")),
                tags(repository, a));
        assertEquals(new TreeSet<>(List.of("VALUE HIGH " + TAGS + "/value-high 高价值：…")), grades(repository, a));
        assertEquals(new TreeSet<>(List.of("VALUE LOW " + TAGS + "/value-low never bought")), grades(repository, b));

        // a month later customer a has churned and no need tag; b bought
        List<Score> second = List.of(new Score(a, "中", "value-mid", "流失", "churned", "no business"), new Score(b, "Low", "value-low", "活跃", "active", "bought"));
        report = RecordWriteBack.write(repository, owned, TAGS, targets.gradeField(), second, LocalDateTime.of(2026, 12, 1, 9, 0), 500, null);
        assertEquals(new RecordWriteBack.Report(2, 2, 2, 5, List.of()), report, "3 tags and 2 grades of the first run replaced");
        assertEquals(new TreeSet<>(List.of("manual 重点", "io.clientbench.analysis.rfm/vip VIP", TAGS + "/churned 流失")), tags(repository, a));
        assertEquals(new TreeSet<>(List.of(TAGS + "/active 活跃")), tags(repository, b));
        assertEquals(new TreeSet<>(List.of("VALUE MEDIUM " + TAGS + "/value-mid no business")), grades(repository, a));
        assertEquals(LocalDate.of(2026, 12, 1), ((java.time.LocalDateTime) repository.findByOwner("Grade", b).get(0).values().get("assignedAt")).toLocalDate());
    }

    private static TreeSet<String> tags(RecordRepository repository, long owner) throws StoreException {
        TreeSet<String> tags = new TreeSet<>();
        repository.findByOwner("Tag", owner).forEach(t -> tags.add(t.values().get("rule") + " " + t.values().get("name")));
        return tags;
    }

    private static TreeSet<String> grades(RecordRepository repository, long owner) throws StoreException {
        TreeSet<String> grades = new TreeSet<>();
        repository.findByOwner("Grade", owner).forEach(g -> grades.add(g.values().get("scheme") + " " + g.values().get("value") + " " + g.values().get("rule")
                + " " + g.values().get("reason")));
        return grades;
    }
}
