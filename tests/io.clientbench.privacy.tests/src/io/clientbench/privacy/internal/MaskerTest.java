package io.clientbench.privacy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.clientbench.privacy.Masker;

/** The sheets' masking rules with known answers. */
class MaskerTest {

    @Test
    void namesKeepTheirFirstCharacterOnly() {
        assertEquals("张*", Masker.mask(Masker.NAME, "张三"));
        assertEquals("王**", Masker.mask(Masker.NAME, "王小明"));
        assertEquals("欧***", Masker.mask(Masker.NAME, "欧阳娜娜"));
        assertEquals("*", Masker.mask(Masker.NAME, "张"), "a one-character name shows nothing");
        assertEquals("李*", Masker.mask(Masker.NAME, "  李四 "), "surrounding blanks are not characters of the name");
        assertEquals("𠀀*", Masker.mask(Masker.NAME, "𠀀三"), "a supplementary character is one character");
    }

    @Test
    void mobilesHideTheMiddleFourDigits() {
        assertEquals("138****5678", Masker.mask(Masker.PHONE, "13812345678"));
        assertEquals("+86 138****5678", Masker.mask(Masker.PHONE, "+86 13812345678"));
        assertEquals("+86-139****0000", Masker.mask(Masker.PHONE, "+86-13912340000"));
        assertEquals("0086 138****5678", Masker.mask(Masker.PHONE, "0086 13812345678"));
        assertEquals("86138****5678", Masker.mask(Masker.PHONE, "8613812345678"));
        assertEquals("138 **** 5678", Masker.mask(Masker.PHONE, "138 1234 5678"), "separators stay where they were");
    }

    @Test
    void landlinesKeepTheAreaCodeAndTheLastFourDigits() {
        assertEquals("010-****5678", Masker.mask(Masker.PHONE, "010-12345678"));
        assertEquals("0755-****567", Masker.mask(Masker.PHONE, "0755-1234567"));
        assertEquals("(021) ****4321", Masker.mask(Masker.PHONE, "(021) 87654321"));
        assertEquals("010****5678", Masker.mask(Masker.PHONE, "01012345678"));
        assertEquals("****5678", Masker.mask(Masker.PHONE, "12345678"), "a local number: at least four digits hidden");
        assertEquals("****", Masker.mask(Masker.PHONE, "1234"), "a short number is hidden whole");
    }

    @Test
    void contactDetailsAndAddresses() {
        assertEquals("z***@corp.cn", Masker.mask(Masker.CONTACT, "zhangsan@corp.cn"));
        assertEquals("12****78", Masker.mask(Masker.CONTACT, "12345678"));
        assertEquals("w****", Masker.mask(Masker.CONTACT, "wxid1"));
        assertEquals("北京市海淀区****", Masker.mask(Masker.ADDRESS, "北京市海淀区中关村大街1号"));
        assertEquals("上海****", Masker.mask(Masker.ADDRESS, "上海市"));
        assertEquals("****", Masker.mask("wechatGroupOwner", "任何值"), "an admin's own masking kind hides the value whole");
    }

    @Test
    void emptyValuesAndListsAndNoMasking() {
        assertNull(Masker.mask(Masker.NAME, (Object) null));
        assertEquals("", Masker.mask(Masker.PHONE, ""));
        assertEquals("  ", Masker.mask(Masker.NAME, "  "));
        assertEquals("张三", Masker.mask(null, "张三"), "a field without masking is shown as it is");
        assertEquals(List.of("张*", "李*"), Masker.mask(Masker.NAME, (Object) List.of("张三", "李四")));
    }

    @Test
    void phoneNumbersInsideFreeTextAreMasked() {
        assertEquals("电话沟通 138****5678，约下周拜访", Masker.scrub("电话沟通 13812345678，约下周拜访"));
        assertEquals("call 010-****5678 or +86 139****0000", Masker.scrub("call 010-12345678 or +86 13912340000"));
        assertEquals("订单 202611230001 金额 58000", Masker.scrub("订单 202611230001 金额 58000"), "longer numbers are no phones");
        assertEquals("2026-11-23 回访", Masker.scrub("2026-11-23 回访"), "a date is no phone");
        assertEquals("无号码", Masker.scrub("无号码"));
    }
}
