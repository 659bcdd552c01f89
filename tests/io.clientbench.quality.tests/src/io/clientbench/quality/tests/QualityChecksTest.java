package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.QualityChecks;
import io.clientbench.quality.QualityChecks.Completeness;
import io.clientbench.quality.QualityChecks.Finding;
import io.clientbench.quality.QualityChecks.Kind;
import io.clientbench.quality.QualityData;
import io.clientbench.quality.QualityData.ContactRow;
import io.clientbench.quality.QualityData.FollowUpRow;

/** Completeness, pending marks, staleness, the 24 h sync and the cross-field checks on hand-made customers. */
class QualityChecksTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void findsEachProblemNamingCustomerAndField() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(1, 1, Map.of("fullName", "华信科技", "industry", "C", "region", "北京", "updatedAt", NOW.minusDays(45),
                "cooperationStatus", "POTENTIAL", "historyDealCount", 2L, "historyDealAmount", BigDecimal.ZERO));
        data.addContact(1, new ContactRow(11, "王伟", "+86 138 0013 8000", "12345", "wangwei@qq.com"));
        data.addPending(1, "sizeBand", "TO_BE_CONFIRMED");
        data.addPending(1, "region", "TO_BE_COMPLETED"); // the region came since (a merge): no longer open
        data.addCustomer(2, 1, Map.of("fullName", "金鹏物流", "sizeBand", "SMALL", "updatedAt", NOW.minusDays(1), "stale", true));
        data.addBudget(2, "500–800万");
        data.addCustomer(3, 1, Map.of("fullName", "鼎盛建筑", "updatedAt", NOW.minusDays(5)));
        data.addFollowUp(3, new FollowUpRow(31, NOW.minusDays(2), "决策人变更"));
        data.addCustomer(4, 1, Map.of("fullName", "博远教育", "updatedAt", NOW.minusDays(5)));
        data.addFollowUp(4, new FollowUpRow(41, NOW.minusHours(3), "预算调整")); // still within 24 h

        QualityChecks checks = new QualityChecks(data, QualityChecks.Settings.DEFAULT, NOW);
        Completeness first = checks.completeness(data.customers().get(1L));
        // weights: name 3; industry, size, region, status, source, update date, a contact's phone 2 each = 17; filled 13
        assertEquals(13.0 / 17, first.score(), 1e-9);
        assertEquals(List.of("dataSource"), first.missing());
        assertEquals(List.of("sizeBand"), first.pending(), "a pending mark is not counted as empty");

        Map<Long, List<Finding>> findings = checks.run().stream().collect(Collectors.groupingBy(Finding::customerId));
        assertEquals(List.of(Kind.INCOMPLETE, Kind.PENDING, Kind.STALE, Kind.CROSS_FIELD, Kind.CROSS_FIELD, Kind.CROSS_FIELD, Kind.CROSS_FIELD),
                findings.get(1L).stream().map(Finding::kind).toList(), findings.get(1L).toString());
        assertEquals(List.of("dataSource", "sizeBand", "updatedAt", "Contact.officePhone", "Contact.email", "historyDealAmount", "cooperationStatus"),
                findings.get(1L).stream().map(Finding::field).toList());
        for (Finding finding : findings.get(1L)) {
            assertTrue(finding.message().startsWith("华信科技"), finding.message());
        }
        boolean chinese = "zh".equals(Locale.getDefault().getLanguage());
        assertTrue(findings.get(1L).get(0).message().contains("76%"), findings.get(1L).get(0).message());
        assertTrue(findings.get(1L).get(0).message().contains(chinese ? "数据来源" : "Data source"), findings.get(1L).get(0).message());
        assertTrue(findings.get(1L).get(2).message().contains("45"), findings.get(1L).get(2).message());
        assertTrue(findings.get(1L).get(3).message().contains("12345"));

        assertEquals(List.of("stale", "sizeBand"), findings.get(2L).stream().filter(f -> f.kind() != Kind.INCOMPLETE).map(Finding::field).toList(),
                "flagged out of date; a budget of up to 8,000,000 does not fit a small company");
        assertEquals(List.of(Kind.MAJOR_CHANGE_NOT_SYNCED), findings.get(3L).stream().filter(f -> f.kind() != Kind.INCOMPLETE).map(Finding::kind).toList());
        assertEquals(List.of(Kind.INCOMPLETE), findings.get(4L).stream().map(Finding::kind).toList(), "a change of 3 h ago is not late yet");
    }

    @Test
    void theStalePeriodAndTheSyncWindowFollowTheSettings() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(1, 1, Map.of("fullName", "华信科技", "updatedAt", NOW.minusDays(20)));
        data.addCustomer(2, 1, Map.of("fullName", "博远教育", "updatedAt", NOW.minusDays(5)));
        data.addFollowUp(2, new FollowUpRow(21, NOW.minusHours(3), "预算调整"));
        java.util.function.Function<QualityChecks.Settings, List<String>> late = settings -> new QualityChecks(data, settings, NOW).run().stream()
                .filter(f -> f.kind() == Kind.STALE || f.kind() == Kind.MAJOR_CHANGE_NOT_SYNCED).map(f -> f.customerId() + ":" + f.kind()).toList();
        assertEquals(List.of(), late.apply(QualityChecks.Settings.DEFAULT), "20 days and 3 h are within 30 days and 24 h");

        QualityChecks.Settings strict = new QualityChecks.Settings(14, java.time.Duration.ofHours(2), 0.8, QualityChecks.Settings.DEFAULT.budgetCapBySize());
        assertEquals(List.of("1:STALE", "2:MAJOR_CHANGE_NOT_SYNCED"), late.apply(strict));
        String message = new QualityChecks(data, strict, NOW).run().stream().filter(f -> f.kind() == Kind.MAJOR_CHANGE_NOT_SYNCED)
                .findFirst().orElseThrow().message();
        assertTrue(message.contains(" 2 ") && !message.contains("24"), "the window the user set: " + message);
    }

    @Test
    void messagesShowContactsAsTheRoleMaySeeThem() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(1, 1, Map.of("fullName", "华信科技"));
        data.addContact(1, new ContactRow(11, "王伟", "1380013800", null, "wangwei@qq.com")); // one digit short
        data.addShownContact(new ContactRow(11, "王*", "138****3800", null, "w*****@qq.com"));
        List<Finding> findings = new QualityChecks(data, QualityChecks.Settings.DEFAULT, NOW).run().stream()
                .filter(f -> f.kind() == Kind.CROSS_FIELD).toList();
        assertEquals(List.of("Contact.mobile", "Contact.email"), findings.stream().map(Finding::field).toList(), "found on the real values");
        for (Finding finding : findings) {
            assertTrue(finding.message().contains("王*") && !finding.message().contains("王伟"), finding.message());
            assertTrue(!finding.message().contains("1380013800") && !finding.message().contains("wangwei"), finding.message());
        }
    }

    @Test
    void budgetTextsGiveTheirUpperAmount() {
        assertEquals(new BigDecimal("100000"), QualityChecks.upperAmount("5–10万"));
        assertEquals(0, new BigDecimal("150000000").compareTo(QualityChecks.upperAmount("1.5亿")));
        assertEquals(new BigDecimal("800000"), QualityChecks.upperAmount("800000元"));
        assertNull(QualityChecks.upperAmount("面议"));
    }
}
