package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.DuplicateScan;
import io.clientbench.quality.DuplicateScan.Candidate;
import io.clientbench.quality.DuplicateScan.Group;
import io.clientbench.quality.DuplicateScan.Reason;
import io.clientbench.quality.internal.PlantedDuplicates;

/** The duplicate scan on hand-made pairs, and on 100k generated customers with planted duplicates and hard negatives. */
class DuplicateScanTest {

    @Test
    void findsEachKindOfDuplicateAndKeepsLookAlikesApart() {
        List<Candidate> rows = List.of(
                new Candidate(1, "北京华信科技有限公司", List.of("13800138000")),
                new Candidate(2, "华信科技（北京）股份有限公司", List.of()), // suffix, brackets, no phone
                new Candidate(3, "北京华兴科技有限公司", List.of("13900139000")), // one character off, another phone
                new Candidate(4, "上海华信科技有限公司", List.of("13700137000")), // same name, other city
                new Candidate(5, "北京华信科枝有限公司", List.of("+86 138 0013 8000")), // typo, same phone written otherwise
                new Candidate(6, "鼎盛建筑工程有限公司", List.of("010-65521234")),
                new Candidate(7, "金鹏物流有限公司", List.of("(010)6552 1234"))); // shared switchboard, unlike name
        List<Group> groups = DuplicateScan.scan(rows, DuplicateScan.Settings.DEFAULT, DuplicateScan.Progress.NONE);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(List.of(1L, 2L, 5L), groups.get(0).ids());
        Set<Reason> reasons = new HashSet<>();
        groups.get(0).links().forEach(l -> reasons.addAll(l.reasons()));
        assertEquals(Set.of(Reason.SAME_NAME, Reason.SAME_PHONE, Reason.SIMILAR_NAME), reasons);
        assertTrue(groups.get(0).links().stream().anyMatch(l -> "13800138000".equals(l.phone())));
    }

    @Test
    void precisionAndRecallOn100kPlantedCustomers() {
        PlantedDuplicates.Data data = PlantedDuplicates.generate(100_000, 7);
        long start = System.nanoTime();
        List<Group> groups = DuplicateScan.scan(data.candidates(), DuplicateScan.Settings.DEFAULT, DuplicateScan.Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<Long, Integer> organisationOf = new HashMap<>();
        Map<Integer, Integer> rowsPerOrganisation = new HashMap<>();
        for (int i = 0; i < data.candidates().size(); i++) {
            organisationOf.put(data.candidates().get(i).id(), data.organisation()[i]);
            rowsPerOrganisation.merge(data.organisation()[i], 1, Integer::sum);
        }
        long truePairs = rowsPerOrganisation.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long foundPairs = 0;
        long correctPairs = 0;
        for (Group group : groups) {
            List<Long> ids = group.ids();
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    foundPairs++;
                    if (organisationOf.get(ids.get(a)).equals(organisationOf.get(ids.get(b)))) {
                        correctPairs++;
                    }
                }
            }
        }
        double precision = (double) correctPairs / foundPairs;
        double recall = (double) correctPairs / truePairs;
        System.out.printf("duplicate scan: %d rows, %d planted pairs, %d found, %d correct: precision %.4f, recall %.4f, %d ms%n",
                data.candidates().size(), truePairs, foundPairs, correctPairs, precision, recall, millis);
        assertTrue(truePairs > 4_000, "planted pairs: " + truePairs);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }
}
