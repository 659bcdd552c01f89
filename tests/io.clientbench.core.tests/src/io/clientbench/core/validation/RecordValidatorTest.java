package io.clientbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clientbench.core.validation.Violation.Code;
import io.clientbench.model.MergedSchema;

/** Bad input gets an error naming the record, the entity and the field, in Chinese and English. */
class RecordValidatorTest {

    private static MergedSchema schema;

    @BeforeAll
    static void schema() throws InterruptedException {
        schema = io.clientbench.core.TestSchema.merged();
    }

    private RecordValidator.Result customer(Map<String, String> input) {
        return new RecordValidator(schema.customer()).validate("北京城建集团", input);
    }

    private static Violation only(RecordValidator.Result result) {
        assertEquals(1, result.violations().size(), result.violations().toString());
        return result.violations().get(0);
    }

    @Test
    void aValidRecordIsConvertedToTypedValues() {
        RecordValidator.Result result = customer(Map.of("fullName", "北京城建集团有限公司", "industry", "建筑业",
                "firstContact", "2024/3/5", "historyDealAmount", "120,000.50", "historyDealCount", "3", "stale", "否",
                "needTags", "价格敏感型、技术驱动型", "region", "待补充"));
        assertTrue(result.isValid(), result.violations().toString());
        assertEquals("E", result.values().get("industry"));
        assertEquals(LocalDate.of(2024, 3, 5), result.values().get("firstContact"));
        assertEquals(new BigDecimal("120000.50"), result.values().get("historyDealAmount"));
        assertEquals(3L, result.values().get("historyDealCount"));
        assertEquals(Boolean.FALSE, result.values().get("stale"));
        assertEquals(List.of("PRICE_SENSITIVE", "TECHNOLOGY_DRIVEN"), result.values().get("needTags"));
        assertEquals(Map.of("region", "TO_BE_COMPLETED"), result.pending(), "待补充 is a state, not a value");
        assertTrue(!result.values().containsKey("region"));
    }

    @Test
    void overLongTextNamesRecordEntityAndFieldInBothLanguages() {
        Violation v = only(customer(Map.of("fullName", "长".repeat(201))));
        assertEquals(Code.TOO_LONG, v.code());
        assertTrue(v.message(Locale.ENGLISH).startsWith("Customer “北京城建集团”, field “Customer name”: "), v.message(Locale.ENGLISH));
        assertTrue(v.message(Locale.ENGLISH).endsWith("is longer than the 200 characters allowed"), v.message(Locale.ENGLISH));
        assertTrue(v.message(Locale.SIMPLIFIED_CHINESE).startsWith("客户“北京城建集团”的字段“客户名称”："), v.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(v.message(Locale.SIMPLIFIED_CHINESE).endsWith("超过了允许的 200 个字符"), v.message(Locale.SIMPLIFIED_CHINESE));
        // the reason alone, for reports that name row and field in their own columns
        assertEquals("“" + "长".repeat(201) + "”超过了允许的 200 个字符", v.reason(Locale.SIMPLIFIED_CHINESE));
        assertTrue(v.message(Locale.ENGLISH).endsWith(v.reason(Locale.ENGLISH)));
    }

    @Test
    void invalidDatesAreRefusedNotShifted() {
        Violation v = only(customer(Map.of("fullName", "甲", "firstContact", "2024-02-30")));
        assertEquals(Code.NOT_A_DATE, v.code());
        assertEquals("Customer “北京城建集团”, field “First contact”: “2024-02-30” is not a valid date (for example 2026-11-22)",
                v.message(Locale.ENGLISH));
        assertEquals("客户“北京城建集团”的字段“首次接触时间”：“2024-02-30”不是有效日期（例如 2026-11-22）",
                v.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void isoDatesAndTimesReadQuicklyAcceptAndRefuseWhatTheStrictFormatsDo() {
        RecordValidator validator = new RecordValidator(schema.customer());
        // yyyy-MM-dd and yyyy-MM-dd HH:mm (what exports write) skip the formatters; the answers must not change
        Map<String, Object> leap = validator.validate("r", Map.of("fullName", "甲", "firstContact", "2024-02-29",
                "updatedAt", "2026-11-22 09:05")).values();
        assertEquals(LocalDate.of(2024, 2, 29), leap.get("firstContact"));
        assertEquals(LocalDateTime.of(2026, 11, 22, 9, 5), leap.get("updatedAt"));
        Map<String, Object> other = validator.validate("r", Map.of("fullName", "甲", "firstContact", "2024-3-5",
                "updatedAt", "2026-11-22")).values();
        assertEquals(LocalDate.of(2024, 3, 5), other.get("firstContact"), "short forms still go through the formatters");
        assertEquals(LocalDateTime.of(2026, 11, 22, 0, 0), other.get("updatedAt"), "a date alone is the start of the day");
        assertEquals(LocalDateTime.of(2026, 11, 22, 9, 5, 7), validator.validate("r", Map.of("fullName", "甲",
                "updatedAt", "2026-11-22 09:05:07")).values().get("updatedAt"));
        for (String date : List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-0a-01")) {
            assertEquals(Code.NOT_A_DATE, only(validator.validate("r", Map.of("fullName", "甲", "firstContact", date))).code(), date);
        }
        for (String time : List.of("2026-11-22 24:00", "2026-11-22 23:60", "2023-02-29 10:00", "2026-11-22 9:5x")) {
            assertEquals(Code.NOT_A_DATE, only(validator.validate("r", Map.of("fullName", "甲", "updatedAt", time))).code(), time);
        }
    }

    @Test
    void aMissingRequiredFieldIsReportedUnlessMarkedPending() {
        Violation v = only(customer(Map.of("region", "北京")));
        assertEquals(Code.REQUIRED, v.code());
        assertEquals("fullName", v.field().name());
        assertTrue(v.message(Locale.SIMPLIFIED_CHINESE).contains("客户名称"));
        assertTrue(customer(Map.of("fullName", "待确认")).isValid(), "待确认 is an explicit answer");
    }

    @Test
    void aValueOutsideTheListNamesTheAllowedValues() {
        Violation v = only(customer(Map.of("fullName", "甲", "sizeBand", "巨型")));
        assertEquals(Code.NOT_IN_LIST, v.code());
        assertEquals("Customer “北京城建集团”, field “Company size”: “巨型” is not one of: Micro / Small / Medium / Large",
                v.message(Locale.ENGLISH));
        assertTrue(v.message(Locale.SIMPLIFIED_CHINESE).endsWith("“巨型”不在可选值中：微型 / 小型 / 中型 / 大型"),
                v.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void numbersAreCheckedAgainstTheirRangeAndEveryViolationIsReported() {
        RecordValidator need = new RecordValidator(schema.entity("Need").orElseThrow());
        List<Violation> violations = need.validate("需求 7", Map.of("description", "移动端审批", "impact", "6", "confidence", "三"))
                .violations();
        assertEquals(List.of(Code.ABOVE_MAX, Code.NOT_AN_INTEGER), violations.stream().map(Violation::code).toList());
        assertTrue(violations.get(0).message(Locale.ENGLISH).endsWith("field “Impact”: 6 is more than the maximum 5"),
                violations.get(0).message(Locale.ENGLISH));
        assertTrue(violations.get(1).message(Locale.SIMPLIFIED_CHINESE).endsWith("字段“可行性”：“三”不是整数"),
                violations.get(1).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void idAndBankCardNumbersAreNeverAccepted() {
        Violation id = only(customer(Map.of("fullName", "甲", "remarks", "法人身份证 11010519491231002X")));
        assertEquals(Code.FORBIDDEN_ID_NUMBER, id.code());
        Violation card = only(customer(Map.of("fullName", "甲", "remarks", "回款卡号 6222 0202 0000 0000 006")));
        assertEquals(Code.FORBIDDEN_BANK_CARD, card.code());
        assertTrue(card.message(Locale.SIMPLIFIED_CHINESE).contains("银行卡号"));
        assertTrue(customer(Map.of("fullName", "甲", "remarks", "合同号 20240315001, 电话 13812345678")).isValid(),
                "order numbers and phone numbers are not mistaken for them");
    }

    @Test
    void contactFieldsFollowTheirPatterns() {
        RecordValidator contacts = new RecordValidator(schema.entity("Contact").orElseThrow());
        Violation v = only(contacts.validate("张三", Map.of("name", "张三", "email", "zhangsan#example")));
        assertEquals(Code.PATTERN, v.code());
        assertTrue(v.message(Locale.ENGLISH).startsWith("Contact “张三”, field “E-mail”"), v.message(Locale.ENGLISH));
        // the same validator (its compiled pattern) accepts the next record's good address and refuses a bad one again
        assertTrue(contacts.validate("李四", Map.of("name", "李四", "email", "lisi@example.com")).isValid());
        assertEquals(Code.PATTERN, only(contacts.validate("王五", Map.of("name", "王五", "email", "a@b@c.d"))).code());
    }
}
