package io.clientbench.quality;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Reduces a customer name to what identifies the organisation, so that the same company entered through different
 * channels compares equal: full-width → half-width (NFKC, which also turns （） into ()), case, blanks and punctuation
 * dropped, legal-form suffixes (有限公司, 股份有限公司, 集团, Co., Ltd. …) and a branch marker (分公司) removed, and a
 * leading region (北京市, 广东省深圳市, (深圳)) taken apart as the name's region. Two names of different regions are kept
 * apart by the scan: 北京华信科技 and 上海华信科技 are different companies.
 */
public final class CompanyNames {

    /** A name as the scan compares it: the identifying core and the region it named, or null. */
    public record Normalized(String core, String region) {
    }

    /** Longest first, so that 股份有限公司 goes before 有限公司. */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份公司", "集团公司", "有限公司",
            "总公司", "分公司", "股份公司", "公司", "集团", "coltd", "limited", "co", "ltd", "inc", "corp", "corporation", "company");

    /** Provinces and cities a name may start with (the 省/市/区 after them is optional). */
    private static final List<String> REGIONS = List.of("黑龙江", "内蒙古", "北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林",
            "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏",
            "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾", "广州", "深圳", "成都", "西安", "武汉", "杭州", "南京", "苏州",
            "郑州", "长沙", "济南", "青岛", "厦门", "福州", "合肥", "沈阳", "大连", "哈尔滨", "长春", "石家庄", "太原", "南昌", "昆明",
            "贵阳", "南宁", "兰州", "宁波", "无锡", "东莞", "佛山", "珠海", "温州");

    private CompanyNames() {
    }

    public static Normalized normalize(String name) {
        if (name == null) {
            return new Normalized("", null);
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // a bracketed region, as in 华为技术(深圳)有限公司, is the name's region, not part of its core
        String region = null;
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '(' || c == '[' || c == '【' ? closing(text, i) : -1;
            if (close > 0) {
                String inner = strip(text.substring(i + 1, close));
                String bracketRegion = regionOf(inner);
                if (bracketRegion != null && inner.length() == bracketRegion.length() + suffixLength(inner, bracketRegion.length())) {
                    region = region == null ? bracketRegion : region;
                    i = close + 1;
                    continue;
                }
            }
            kept.append(c);
            i++;
        }
        String core = strip(kept.toString());
        core = dropSuffixes(core);
        // leading regions: 广东省深圳市… gives 深圳 (the most specific), the core what follows
        String lead;
        while ((lead = regionOf(core)) != null && core.length() > lead.length() + 1) {
            region = lead;
            core = core.substring(lead.length() + suffixLength(core, lead.length()));
        }
        core = dropSuffixes(core);
        return new Normalized(core, region);
    }

    /** Only letters and digits (CJK ideographs included): blanks, punctuation and symbols go. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String dropSuffixes(String core) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String suffix : SUFFIXES) {
                if (core.endsWith(suffix) && core.length() > suffix.length() + 1) {
                    core = core.substring(0, core.length() - suffix.length());
                    dropped = true;
                    break;
                }
            }
        }
        return core;
    }

    private static int closing(String text, int open) {
        for (int j = open + 1; j < text.length() && j < open + 12; j++) {
            char c = text.charAt(j);
            if (c == ')' || c == ']' || c == '】') {
                return j;
            }
        }
        return -1;
    }

    private static String regionOf(String text) {
        for (String region : REGIONS) {
            if (text.startsWith(region)) {
                return region;
            }
        }
        return null;
    }

    /** 1 when 省, 市, 区 or 自治区 follows the region at {@code at}, else 0 (自治区 counts 3). */
    private static int suffixLength(String text, int at) {
        if (text.startsWith("自治区", at)) {
            return 3;
        }
        return at < text.length() && "省市区".indexOf(text.charAt(at)) >= 0 ? 1 : 0;
    }
}
