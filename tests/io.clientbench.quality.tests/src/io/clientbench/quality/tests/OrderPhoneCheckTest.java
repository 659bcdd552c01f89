package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.QualityChecks;
import io.clientbench.quality.QualityChecks.Finding;
import io.clientbench.quality.QualityChecks.Kind;
import io.clientbench.quality.QualityData;
import io.clientbench.quality.QualityData.ContactRow;
import io.clientbench.quality.QualityData.DealRow;

/** Sheet 0's cross-check: a deal's order phone (下单电话) is one of the customer's contacts' phones, in any format. */
class OrderPhoneCheckTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final boolean CHINESE = "zh".equals(Locale.getDefault().getLanguage());

    @Test
    void theSameNumbersWrittenOtherwiseMatch() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(1, 1, Map.of("fullName", "华信科技"));
        data.addContact(1, new ContactRow(11, "王伟", "+86 138-0013-8000", null, null));
        data.addContact(1, new ContactRow(12, "李娜", null, "(010) 6552-1234 转 801", null));
        data.addDeal(1, deal(101, "2026-01-05", "1000", "0086 13800138000")); // the mobile with 0086 and no separators
        data.addDeal(1, deal(102, "2026-02-05", "2000", "138 0013 8000")); // blanks
        data.addDeal(1, deal(103, "2026-03-05", "3000", "010-65521234")); // the office phone without the extension
        data.addDeal(1, deal(104, "2026-04-05", "4000", "+86 10 6552 1234 ext. 12")); // country code, no trunk 0, another desk
        data.addDeal(1, deal(105, "2026-05-05", "5000", "6552 1234")); // the local number without its area code
        data.addDeal(1, deal(106, "2026-06-05", "6000", "８６１３８００１３８０００")); // full-width 86 + mobile
        data.addDeal(1, deal(107, "2026-07-05", "7000", null)); // no order phone: not checked
        assertEquals(List.of(), orderPhoneFindings(data));
    }

    @Test
    void aDifferentNumberIsOneFindingNamingCustomerDealAndField() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(2, 1, Map.of("fullName", "金鹏物流"));
        data.addContact(2, new ContactRow(21, "赵敏", "13912345678", "0755-8888 1234", null));
        data.addDeal(2, deal(201, "2026-03-04", "12000.00", "13800138000"));
        data.addDeal(2, deal(202, "2026-04-01", "900", "139 1234 5678")); // the contact's mobile: fine
        data.addDeal(2, deal(203, "2026-05-01", "300", "021-8888 1234")); // same local number, other city: not the same line

        List<Finding> findings = orderPhoneFindings(data);
        assertEquals(2, findings.size(), findings.toString());
        Finding first = findings.get(0);
        assertEquals(2L, first.customerId());
        assertEquals(Kind.CROSS_FIELD, first.kind());
        assertEquals("Deal.orderPhone", first.field());
        assertEquals(CHINESE ? "金鹏物流：2026-03-04 成交的 12000 元订单，其下单电话与所有联系人的手机和电话都不符"
                : "金鹏物流: Order phone of the deal of 2026-03-04 over 12000 yuan matches no contact’s mobile or office phone", first.message());
        assertTrue(findings.get(1).message().contains("2026-05-01") && findings.get(1).message().contains("300"), findings.get(1).message());
        assertTrue(!first.message().contains("13800138000"), "the number itself is not shown (it may be masked for the role)");
    }

    @Test
    void manyDealsFromOneUnknownNumberAreOneFindingNamingTheLatest() {
        QualityData data = new QualityData(TestSchema.customer());
        data.addCustomer(3, 1, Map.of("fullName", "鼎盛建筑")); // no contacts at all
        data.addDeal(3, deal(301, "2026-05-01", "500", "+86 137 0000 1111"));
        data.addDeal(3, deal(302, "2026-06-10", "800.50", "13700001111"));
        data.addDeal(3, deal(303, "2026-02-01", "100", "137-0000-1111"));
        data.addCustomer(4, 1, Map.of("fullName", "博远教育"));
        data.addDeal(4, deal(401, "2026-06-10", "800", null));

        List<Finding> findings = orderPhoneFindings(data);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(CHINESE ? "鼎盛建筑：2026-06-10 成交的 800.5 元订单，其下单电话与所有联系人的手机和电话都不符（另有 2 笔成交记录是同一号码）"
                : "鼎盛建筑: Order phone of the deal of 2026-06-10 over 800.5 yuan matches no contact’s mobile or office phone (2 more deals carry the same number)",
                findings.get(0).message());
    }

    @Test
    void theLabelComesFromTheSchemaInForce() {
        var deal = new io.clientbench.model.EntitySchema("Deal", new io.clientbench.model.Label("成交记录", "Deal"), List.of(
                new io.clientbench.model.FieldDescriptor("orderPhone", io.clientbench.model.FieldKind.TEXT,
                        new io.clientbench.model.Label("订货电话", "Ordering phone"), "deal", false, 30, null, null, null, "phone", List.of(),
                        List.of(), null, io.clientbench.model.FieldDescriptor.BASE_SOURCE, java.util.Set.of(), null, "orderPhone", false)));
        QualityData data = new QualityData(TestSchema.customer(), deal);
        data.addCustomer(5, 1, Map.of("fullName", "蓝海贸易"));
        data.addDeal(5, deal(501, "2026-01-01", "10", "13800138000"));
        String message = orderPhoneFindings(data).get(0).message();
        assertTrue(message.contains(CHINESE ? "订货电话" : "Ordering phone"), "an admin's relabel shows: " + message);
    }

    private static List<Finding> orderPhoneFindings(QualityData data) {
        return new QualityChecks(data, QualityChecks.Settings.DEFAULT, NOW).run().stream().filter(f -> f.field().equals("Deal.orderPhone")).toList();
    }

    private static DealRow deal(long id, String date, String amount, String orderPhone) {
        return new DealRow(id, LocalDate.parse(date), new BigDecimal(amount), orderPhone);
    }
}
