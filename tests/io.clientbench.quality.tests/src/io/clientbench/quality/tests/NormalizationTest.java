package io.clientbench.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.clientbench.quality.CompanyNames;
import io.clientbench.quality.NameSimilarity;
import io.clientbench.quality.PhoneNumbers;

/** Known answers for the name and phone normalization and the similarity measures. */
class NormalizationTest {

    @Test
    void companyNamesLoseSuffixWidthBlanksAndRegion() {
        String[][] table = {
                // name as entered, core, region
                { "北京华信科技有限公司", "华信科技", "北京" },
                { "北京市华信科技股份有限公司", "华信科技", "北京" },
                { "华信科技（北京）有限责任公司", "华信科技", "北京" },
                { "华信科技(北京)有限公司", "华信科技", "北京" },
                { "北京 华信·科技 集团", "华信科技", "北京" },
                { "ＡＢＣ软件（深圳）有限公司", "abc软件", "深圳" },
                { "广东省深圳市腾云信息技术有限公司", "腾云信息技术", "深圳" },
                { "华信科技集团有限公司", "华信科技", null },
                { "Huaxin Tech Co., Ltd.", "huaxintech", null },
                { "华信科技有限公司上海分公司", "华信科技有限公司上海", null },
                { "北京公司", "北京", null }, // nothing but a region and a form: the region stays the name
        };
        for (String[] row : table) {
            CompanyNames.Normalized n = CompanyNames.normalize(row[0]);
            assertEquals(row[1], n.core(), row[0]);
            assertEquals(row[2], n.region(), row[0]);
        }
    }

    @Test
    void phonesOfEveryFormatBecomeOne() {
        String[][] table = {
                { "13800138000", "13800138000" },
                { "+86 138 0013 8000", "13800138000" },
                { "0086-13800138000", "13800138000" },
                { "8613800138000", "13800138000" },
                { "138-0013-8000", "13800138000" },
                { "１３８００１３８０００", "13800138000" },
                { "010-65521234", "01065521234" },
                { "(010) 6552 1234", "01065521234" },
                { "+86 10 6552 1234", "01065521234" },
                { "010-65521234 转 808", "01065521234" },
                { "0755-8765432", "07558765432" },
                { "65521234", "65521234" },
                { "400-810-5678", "4008105678" },
        };
        for (String[] row : table) {
            assertEquals(row[1], PhoneNumbers.normalize(row[0]), row[0]);
        }
        assertNull(PhoneNumbers.normalize("12345"));
        assertNull(PhoneNumbers.normalize("待确认"));
        assertNull(PhoneNumbers.normalize(""));
        assertTrue(PhoneNumbers.isMobile("13800138000"));
        assertFalse(PhoneNumbers.isMobile("01065521234"));
    }

    @Test
    void similarityHasKnownValues() {
        assertEquals(1.0, NameSimilarity.jaroWinkler("华信科技", "华信科技"));
        assertEquals(0.0, NameSimilarity.jaroWinkler("华信", "鼎盛"));
        // the textbook pair: MARTHA / MARHTA = 0.961
        assertEquals(0.961, NameSimilarity.jaroWinkler("martha", "marhta"), 0.001);
        // one character of six differs: jaro 8/9, three common leading characters
        assertEquals(8.0 / 9 + 0.3 * (1 - 8.0 / 9), NameSimilarity.jaroWinkler("华信建筑工程", "华信建设工程"), 1e-9);
        assertEquals(1.0, NameSimilarity.bigramDice("华信科技", "华信科技"));
        // 华信/信科/科技 vs 华兴/兴科/科技: one bigram in common of 3 + 3
        assertEquals(2.0 / 6, NameSimilarity.bigramDice("华信科技", "华兴科技"), 1e-9);
        assertEquals(0.0, NameSimilarity.bigramDice("", "华信"));
    }
}
