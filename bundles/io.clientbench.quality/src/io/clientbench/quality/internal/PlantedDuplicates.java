package io.clientbench.quality.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.clientbench.quality.DuplicateScan.Candidate;

/**
 * Generated customers with known duplicates, for the precision/recall test and the bench: organisations with unique
 * names and phones, some entered again with another legal-form suffix, full-width characters, spaces and punctuation,
 * the region in brackets or left out, a phone written another way (+86, 0086, dashes, brackets) or missing, or a typo
 * in the name (then with the phone); and hard negatives that must stay apart: a one-character-different name of
 * another company, the same name in another region, and unrelated companies sharing one switchboard number.
 * Deterministic per seed.
 */
public final class PlantedDuplicates {

    /** The rows, and per row the organisation it is (equal numbers are true duplicates). */
    public record Data(List<Candidate> candidates, int[] organisation) {
    }

    private static final String BRAND_CHARS = "华兴鼎盛恒通中联宏远金鹏博天成正泰瑞丰同创新安达信和明德启航海川汇嘉源永昌凯顺弘毅立峰腾云汉唐宇智卓越"
            + "佳禾诚久龙飞祥光辉星辰东方尚品银河绿洲长青蓝图圣雅森林晨曦万象朗润百合尚德锦程融泽富华隆昊骏驰亿家康宁高远开元益群";
    private static final String[] TRADES = { "建筑工程", "建设", "市政工程", "工程造价咨询", "装饰工程", "园林绿化", "安装工程", "软件科技",
            "信息技术", "教育科技", "职业技术学校", "设计院", "监理", "房地产开发", "机电设备", "电子商务", "物流", "医疗器械", "环保科技",
            "新材料", "食品", "贸易", "广告传媒", "文化传播", "咨询服务", "人力资源", "电力工程", "水利工程", "钢结构", "交通工程" };
    private static final String[] REGIONS = { "北京", "上海", "广州", "深圳", "成都", "重庆", "西安", "武汉", "杭州", "南京", "天津",
            "苏州", "郑州", "长沙", "济南", "青岛", "厦门", "合肥", "沈阳", "昆明" };
    private static final String[] AREA_CODES = { "010", "021", "020", "0755", "028", "023", "029", "027", "0571", "025", "022",
            "0512", "0371", "0731", "0531", "0532", "0592", "0551", "024", "0871" };
    private static final String[] FORMS = { "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团", "" };

    private final Random random;
    private final List<Candidate> rows = new ArrayList<>();
    private final List<Integer> organisations = new ArrayList<>();
    private final Set<String> usedCores = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();
    private int nextOrganisation;

    private PlantedDuplicates(long seed) {
        random = new Random(seed);
    }

    /** About {@code size} rows: ~5 % of organisations entered twice or three times, ~5 % hard negatives. */
    public static Data generate(int size, long seed) {
        PlantedDuplicates g = new PlantedDuplicates(seed);
        while (g.rows.size() < size) {
            int roll = g.random.nextInt(100);
            if (roll < 5) {
                g.withDuplicates();
            } else if (roll < 7) {
                g.similarNameOtherCompany();
            } else if (roll < 8) {
                g.sameNameOtherRegion();
            } else if (roll < 9) {
                g.sharedSwitchboard();
            } else {
                g.original(g.newOrganisation());
            }
        }
        return new Data(List.copyOf(g.rows), g.organisations.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One organisation as first entered: region, brand, trade, form; a mobile and usually an office number. */
    private record Organisation(int number, int region, String brand, String trade, String mobile, String office) {
        String core() {
            return brand + trade;
        }
    }

    private Organisation newOrganisation() {
        String brand;
        String trade;
        do {
            brand = brand();
            trade = TRADES[random.nextInt(TRADES.length)];
        } while (!usedCores.add(brand + trade));
        return newOrganisation(random.nextInt(REGIONS.length), brand, trade);
    }

    private Organisation newOrganisation(int region, String brand, String trade) {
        return new Organisation(nextOrganisation++, region, brand, trade, newMobile(), random.nextInt(3) == 0 ? null : newOffice(region));
    }

    private void original(Organisation o) {
        String regionText = REGIONS[o.region()] + (random.nextBoolean() ? "市" : "");
        List<String> phones = new ArrayList<>();
        if (random.nextInt(10) > 0) { // one in ten entered without any phone
            phones.add(o.mobile());
            if (o.office() != null) {
                phones.add(o.office());
            }
        }
        add(o.number(), regionText + o.core() + FORMS[random.nextInt(4)], phones);
    }

    private void withDuplicates() {
        Organisation o = newOrganisation();
        original(o);
        int copies = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < copies; i++) {
            duplicate(o);
        }
    }

    /** The same organisation entered again through another channel, in one of the ways this happens. */
    private void duplicate(Organisation o) {
        String region = REGIONS[o.region()];
        String form = FORMS[random.nextInt(FORMS.length)];
        List<String> phones = new ArrayList<>(List.of(reformat(random.nextBoolean() || o.office() == null ? o.mobile() : o.office())));
        int kind = random.nextInt(7);
        String name = switch (kind) {
            case 0 -> region + o.core() + form; // another legal form
            case 1 -> fullWidth(region + " " + o.core() + "(" + region + ") Co., Ltd."); // full-width
            case 2 -> region + " " + o.brand() + "·" + o.trade() + " " + form; // blanks and punctuation
            case 3 -> o.core() + "(" + region + ")" + form; // the region in brackets
            case 4 -> o.core() + form; // the region left out
            case 5 -> region + "市" + o.core() + "有限公司"; // only the phone's format differs
            default -> region + typo(o.brand()) + o.trade() + form; // a typo: then the phone is what tells
        };
        if (kind != 6 && random.nextInt(8) == 0) {
            phones.clear(); // entered without a phone: the name has to tell
        }
        add(o.number(), name, phones);
    }

    private String typo(String brand) {
        int at = random.nextInt(brand.length());
        char replacement;
        do {
            replacement = BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
        } while (replacement == brand.charAt(at));
        return brand.substring(0, at) + replacement + brand.substring(at + 1);
    }

    /** Another company whose name differs in one character (北京华信科技 / 北京华兴科技): not a duplicate. */
    private void similarNameOtherCompany() {
        Organisation o = newOrganisation();
        original(o);
        for (int tries = 0; tries < 20; tries++) {
            String other = typo(o.brand());
            if (usedCores.add(other + o.trade())) {
                original(newOrganisation(o.region(), other, o.trade()));
                break;
            }
        }
    }

    /** The same name in another city: a different company. Both name their city. */
    private void sameNameOtherRegion() {
        Organisation o = newOrganisation();
        Organisation other = newOrganisation((o.region() + 1 + random.nextInt(REGIONS.length - 1)) % REGIONS.length, o.brand(), o.trade());
        add(o.number(), REGIONS[o.region()] + o.core() + "有限公司", List.of(o.mobile()));
        add(other.number(), REGIONS[other.region()] + other.core() + "有限公司", List.of(other.mobile()));
    }

    /** Three to six unrelated companies behind one switchboard (a business centre): not duplicates. */
    private void sharedSwitchboard() {
        int region = random.nextInt(REGIONS.length);
        String switchboard = newOffice(region);
        int tenants = 3 + random.nextInt(4);
        for (int i = 0; i < tenants; i++) {
            Organisation o = newOrganisation();
            add(o.number(), REGIONS[region] + o.core() + "有限公司", List.of(reformat(switchboard), o.mobile()));
        }
    }

    private void add(int organisation, String name, List<String> phones) {
        rows.add(new Candidate(rows.size() + 1L, name, List.copyOf(phones)));
        organisations.add(organisation);
    }

    private String brand() {
        return "" + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())) + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
    }

    private String newMobile() {
        String mobile;
        do {
            mobile = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        } while (!usedPhones.add(mobile));
        return mobile;
    }

    private String newOffice(int region) {
        String office;
        do {
            office = AREA_CODES[region] + (2 + random.nextInt(8)) + String.format("%07d", random.nextInt(10_000_000));
        } while (!usedPhones.add(office));
        return office;
    }

    /** A canonical number as people write it. */
    private String reformat(String canonical) {
        boolean mobile = canonical.charAt(0) == '1';
        if (mobile) {
            return switch (random.nextInt(5)) {
                case 0 -> "+86 " + canonical.substring(0, 3) + " " + canonical.substring(3, 7) + " " + canonical.substring(7);
                case 1 -> "0086-" + canonical;
                case 2 -> canonical.substring(0, 3) + "-" + canonical.substring(3, 7) + "-" + canonical.substring(7);
                case 3 -> "+86" + canonical;
                default -> canonical;
            };
        }
        int area = canonical.startsWith("01") || canonical.startsWith("02") ? 3 : 4;
        String code = canonical.substring(0, area);
        String number = canonical.substring(area);
        return switch (random.nextInt(5)) {
            case 0 -> "(" + code + ")" + number;
            case 1 -> code + "-" + number + " 转" + (100 + random.nextInt(900));
            case 2 -> "+86 " + code.substring(1) + " " + number;
            case 3 -> code + " " + number.substring(0, 4) + " " + number.substring(4);
            default -> canonical;
        };
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c == ' ' ? '\u3000' : c);
        }
        return out.toString();
    }
}
