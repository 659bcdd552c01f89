package io.clientbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clientbench.core.validation.Violation.Code;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;

/**
 * PIPL: an ID-card or bank-card number embedded in any text a user can enter — every text field of every entity, base,
 * pack or note — is refused (the editor, the child-record dialogs, invitation cells and imports all validate through
 * {@link RecordValidator}); numbers that fail the checksum are not.
 */
class SensitiveNumbersEverywhereTest {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CARD = "6222-0202-0000-0000-006";
    private static MergedSchema schema;

    @BeforeAll
    static void schema() throws InterruptedException {
        schema = io.clientbench.core.TestSchema.merged();
    }

    @Test
    void everyTextFieldOfEveryEntityRefusesAnEmbeddedIdOrCardNumber() {
        List<String> checked = new ArrayList<>();
        for (EntitySchema entity : schema.entities().values()) {
            RecordValidator validator = new RecordValidator(entity);
            for (FieldDescriptor field : entity.fields()) {
                if (field.hidden() || field.kind() != FieldKind.TEXT && field.kind() != FieldKind.LONG_TEXT) {
                    continue;
                }
                for (String text : List.of("ID " + ID_NUMBER, "card " + CARD)) {
                    RecordValidator.Result result = validator.validate("r", Map.of(field.name(), text));
                    List<Violation> onField = result.violations().stream().filter(v -> v.field().name().equals(field.name())).toList();
                    assertEquals(1, onField.size(), entity.name() + "." + field.name() + " took " + text);
                    if (field.pattern() == null && (field.maxLength() == 0 || field.maxLength() >= text.length())) {
                        assertEquals(text.startsWith("ID") ? Code.FORBIDDEN_ID_NUMBER : Code.FORBIDDEN_BANK_CARD, onField.get(0).code(),
                                entity.name() + "." + field.name());
                    }
                }
                checked.add(entity.name() + "." + field.name());
            }
        }
        assertTrue(checked.containsAll(List.of("Customer.remarks", "Customer.riskNote", "Contact.name", "FollowUp.content", "PendingField.note")),
                checked.toString());
    }

    @Test
    void aDealsOrderPhoneTakesPhoneNumbersButNeverAnIdOrCardNumber() {
        RecordValidator deals = new RecordValidator(schema.entity("Deal").orElseThrow());
        for (String phone : List.of("+86 138-0013-8000", "0086 13800138000", "(010) 6552-1234 转 801", "0755-88881234 ext. 12", "6552 1234")) {
            RecordValidator.Result result = deals.validate("d", Map.of("date", "2026-03-04", "amount", "12000", "orderPhone", phone));
            assertTrue(result.isValid(), phone + ": " + result.violations());
            assertEquals(phone, result.values().get("orderPhone"), "stored as written");
        }
        // digits only, so they pass the field's pattern: the PIPL scan still refuses them
        Map<String, Code> forbidden = Map.of("110105198001010016", Code.FORBIDDEN_ID_NUMBER, "6222 0202 0000 0000 006", Code.FORBIDDEN_BANK_CARD);
        forbidden.forEach((text, code) -> {
            List<Violation> violations = deals.validate("d", Map.of("date", "2026-03-04", "amount", "1", "orderPhone", text)).violations();
            assertEquals(1, violations.size(), text + ": " + violations);
            assertEquals(code, violations.get(0).code(), text);
            assertEquals("orderPhone", violations.get(0).field().name());
            assertTrue(violations.get(0).message(Locale.SIMPLIFIED_CHINESE).contains("下单电话"), violations.get(0).message(Locale.SIMPLIFIED_CHINESE));
        });
        assertEquals(Code.PATTERN, deals.validate("d", Map.of("date", "2026-03-04", "amount", "1", "orderPhone", "待定 138")).violations().get(0).code());
    }

    @Test
    void theMessageSaysWhyInBothLanguagesAndNumbersFailingTheChecksumPass() {
        RecordValidator contacts = new RecordValidator(schema.entity("Contact").orElseThrow());
        Violation v = contacts.validate("张伟", Map.of("name", "张伟", "title", "经理 " + ID_NUMBER)).violations().get(0);
        assertTrue(v.message(Locale.ENGLISH).contains("national ID number"), v.message(Locale.ENGLISH));
        assertTrue(v.message(Locale.SIMPLIFIED_CHINESE).contains("身份证号码"), v.message(Locale.SIMPLIFIED_CHINESE));
        RecordValidator customers = new RecordValidator(schema.customer());
        // the same digits with a wrong check digit, and a 16-digit number failing Luhn: order numbers, not personal data
        assertTrue(customers.validate("c", Map.of("fullName", "甲", "remarks", "订单 110105194912310021")).isValid());
        assertTrue(customers.validate("c", Map.of("fullName", "甲", "remarks", "订单 4111111111111112")).isValid());
        assertFalse(customers.validate("c", Map.of("fullName", "甲", "remarks", "卡 4111111111111111")).isValid());
    }
}
