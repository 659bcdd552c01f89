package io.clientbench.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * Realistic sample customers for first starts, demos and benchmarks: Chinese company names by region and industry,
 * contacts with mobile, QQ and birthday, and deals spread over the three years before {@code today}. Deterministic for a
 * seed. Writes through the {@link RecordRepository} in chunks, each one transaction.
 */
public final class SampleDataGenerator {

    private static final String[] REGIONS = { "北京", "上海", "广州", "深圳", "成都", "重庆", "西安", "武汉", "杭州", "南京",
            "天津", "长沙", "郑州", "济南", "沈阳", "昆明", "合肥", "福州", "南宁", "兰州" };
    private static final String[] WORDS = { "华兴", "鼎盛", "恒通", "中联", "宏远", "金鹏", "博远", "天成", "正泰", "瑞丰", "同创",
            "新峰", "汇通", "嘉禾", "永安", "广厦", "东方", "安泰", "银河", "长城", "星海", "卓越", "盛世", "明德" };
    /** Industry section and the trade words a company of that section carries in its name. */
    private static final String[][] TRADES = { { "E", "建筑工程" }, { "E", "建设集团" }, { "E", "市政工程" }, { "M", "工程造价咨询" },
            { "M", "设计研究院" }, { "L", "项目管理" }, { "P", "教育科技" }, { "P", "职业培训学校" }, { "I", "软件技术" },
            { "C", "机械制造" }, { "F", "商贸" }, { "K", "房地产开发" } };
    private static final String[] FORMS = { "有限公司", "有限公司", "股份有限公司", "集团有限公司" };
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "桂英", "建华", "志强" };
    private static final String[] TITLES = { "总经理", "采购经理", "预算员", "技术负责人", "财务总监", "造价部主任", "校长", "信息中心主任" };
    private static final String[] PRODUCTS = { "算量软件", "计价软件", "钢筋软件", "全套软件", "图形软件", "组合套餐" };
    private static final String[] SIZES = { "MICRO", "SMALL", "MEDIUM", "LARGE" };
    private static final String[] OWNERS = { "王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "周杰" };

    private static final String[] CLASSES = { "A", "B", "B", "C", "C", "C", "D" };
    private static final String[] GRADES = { "S", "A", "A", "B", "B", "B", "C", "C" };
    private final Random random;
    private final LocalDate today;

    public SampleDataGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** How much was written. */
    public record Summary(int customers, int contacts, int deals) {
    }

    /**
     * @param customers        how many customers
     * @param dealsPerCustomer the average number of deals per customer (0 for none)
     * @param chunk            customers per transaction
     */
    public Summary generate(RecordRepository repository, int customers, int dealsPerCustomer, int chunk) throws StoreException {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk " + chunk + ": at least one customer per transaction");
        }
        int contacts = 0;
        int deals = 0;
        for (int start = 0; start < customers; start += chunk) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = start; i < Math.min(customers, start + chunk); i++) {
                rows.add(customer(i));
            }
            List<Long> ids = repository.createAll("Customer", rows);
            List<Map<String, Object>> people = new ArrayList<>();
            List<Map<String, Object>> sales = new ArrayList<>();
            for (long id : ids) {
                people.add(contact(id));
                int count = dealsPerCustomer == 0 ? 0 : random.nextInt(2 * dealsPerCustomer + 1);
                for (int d = 0; d < count; d++) {
                    sales.add(deal(id));
                }
            }
            contacts += repository.createAll("Contact", people).size();
            deals += sales.isEmpty() ? 0 : repository.createAll("Deal", sales).size();
        }
        return new Summary(customers, contacts, deals);
    }

    /**
     * Two activities with their invitation lists over the stored customers, so a first start's Activities view shows
     * funnels: a roadshow last month for class B (results recorded after it; a few class-C invitees pull the fit rate
     * under the sheets' 95%) and a year-end reception next month for class A (invitations out, answers coming in).
     *
     * @return how many invitations were written
     */
    public int generateActivities(RecordRepository repository) throws StoreException {
        Map<String, List<Long>> byClass = new HashMap<>();
        repository.scan("Customer", List.of("customerClass"), (id, version, values) ->
                byClass.computeIfAbsent(String.valueOf(values[0]), k -> new ArrayList<>()).add(id));
        long roadshow = repository.create("Activity", Map.of("name", "新版计价软件巡展", "date", today.minusDays(30), "place", "成都",
                "kind", "产品巡展", "targetSegment", "customerClass:B", "budget", new BigDecimal("30000"))).id();
        long reception = repository.create("Activity", Map.of("name", "年终客户答谢会", "date", today.plusDays(25), "place", "重庆",
                "kind", "答谢会", "targetSegment", "customerClass:A", "budget", new BigDecimal("80000"))).id();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Long> guests = new ArrayList<>(first(byClass.get("B"), 22));
        guests.addAll(first(byClass.get("C"), 2));
        for (long customer : guests) {
            Map<String, Object> line = invitation(roadshow, customer, today.minusDays(45));
            line.put("stage", "AFTER_EVENT");
            int answer = random.nextInt(10);
            line.put("result", answer < 6 ? "ATTENDED" : answer < 8 ? "DECLINED" : "NO_SHOW");
            if (answer < 6) {
                line.put("attendedCount", 1L + random.nextInt(3));
                if (random.nextInt(3) == 0) {
                    line.put("dealAmount", BigDecimal.valueOf(5_000 + 1_000L * random.nextInt(60)));
                }
            }
            rows.add(line);
        }
        for (long customer : first(byClass.get("A"), 15)) {
            Map<String, Object> line = invitation(reception, customer, today.minusDays(5));
            line.put("stage", "BEFORE_EVENT");
            line.put("result", random.nextInt(3) == 0 ? "PENDING" : "ACCEPTED");
            rows.add(line);
        }
        return repository.createAll("Invitation", rows).size();
    }

    private Map<String, Object> invitation(long activity, long customer, LocalDate planned) {
        Map<String, Object> values = new HashMap<>();
        values.put(RecordRepository.OWNER, activity);
        values.put("customer", customer);
        values.put("invited", Boolean.TRUE);
        values.put("method", random.nextBoolean() ? "PHONE" : "ON_SITE");
        values.put("plannedTime", planned);
        values.put("invitedCount", 1L + random.nextInt(3));
        return values;
    }

    private static List<Long> first(List<Long> ids, int count) {
        return ids == null ? List.of() : ids.subList(0, Math.min(count, ids.size()));
    }

    /** One customer's values (also used by benchmarks to write the same rows through raw JDBC). */
    public Map<String, Object> customer(int index) {
        String[] trade = TRADES[random.nextInt(TRADES.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        Map<String, Object> values = new HashMap<>();
        values.put("customerNo", String.format("C%d%05d", today.getYear(), index + 1));
        values.put("fullName", region + WORDS[random.nextInt(WORDS.length)] + trade[1] + FORMS[random.nextInt(FORMS.length)]);
        values.put("industry", trade[0]);
        values.put("sizeBand", SIZES[random.nextInt(SIZES.length)]);
        values.put("region", region);
        values.put("owner", OWNERS[random.nextInt(OWNERS.length)]);
        values.put("firstContact", today.minusDays(30 + random.nextInt(3 * 365)));
        values.put("dataSource", random.nextBoolean() ? "CRM导出" : "市场活动");
        values.put("updatedAt", LocalDateTime.of(today, java.time.LocalTime.NOON).minusDays(random.nextInt(90)));
        values.put("cooperationStatus", random.nextInt(10) < 6 ? "ACTIVE" : random.nextBoolean() ? "POTENTIAL" : "PAUSED");
        values.put("keyCustomer", random.nextInt(10) == 0);
        // the grades the visit cadences bind to, so a first start's Visit Plan has something to show
        values.put("customerClass", CLASSES[random.nextInt(CLASSES.length)]);
        values.put("userImportance", random.nextInt(5) == 0 ? "IMPORTANT" : "ORDINARY");
        values.put("relationshipGrade", GRADES[random.nextInt(GRADES.length)]);
        return values;
    }

    private Map<String, Object> contact(long customer) {
        Map<String, Object> values = new HashMap<>();
        values.put(RecordRepository.OWNER, customer);
        values.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
        values.put("main", Boolean.TRUE);
        values.put("title", TITLES[random.nextInt(TITLES.length)]);
        values.put("mobile", "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        values.put("qq", Long.toString(10_000 + (long) random.nextInt(900_000_000)));
        values.put("birthday", LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        return values;
    }

    private Map<String, Object> deal(long customer) {
        Map<String, Object> values = new HashMap<>();
        values.put(RecordRepository.OWNER, customer);
        values.put("date", today.minusDays(random.nextInt(3 * 365)));
        // amounts spread like the branches' sales: many small deals, a few large ones
        double amount = Math.exp(8 + random.nextGaussian() * 1.2);
        values.put("amount", BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
        values.put("product", PRODUCTS[random.nextInt(PRODUCTS.length)]);
        values.put("quantity", 1L + random.nextInt(10));
        values.put("kind", random.nextInt(4) == 0 ? "INDIVIDUAL" : "ORGANISATION");
        return values;
    }
}
