package io.clientbench.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.io.CsvReader;
import io.clientbench.io.SourceTable;
import io.clientbench.io.VCardReader;
import io.clientbench.io.XlsxReader;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/** Files made here are imported into an embedded Derby and read back with the right characters and types. */
class ImportTest {

    @TempDir
    Path folder;
    private TestStore store;
    private Importer importer;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder.resolve("db"));
        importer = new Importer(store.repository, store.schema);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aGbkCsvIsImportedWithItsChineseAndTypedValues() throws Exception {
        String csv = "客户名称,所在地区,所属行业,首次接触时间,年营业收入,员工人数,重点客户,需求标签\r\n"
                + "中建三局成都分公司,成都,建筑业,2023年4月18日,\"1,250,000.50\",320,是,价格敏感型、功能导向型\r\n"
                + "四川华西集团,锦江区,Construction,2024/2/29,880000,45,否,\r\n";
        SourceTable table = CsvReader.read(csv.getBytes(Charset.forName("GBK")));
        ImportProfile profile = ImportProfile.auto("月度导入", store.schema.customer(), table.header());
        assertEquals(Map.of("客户名称", "fullName", "所在地区", "region", "所属行业", "industry", "首次接触时间", "firstContact",
                "年营业收入", "annualRevenue", "员工人数", "employeeCount", "重点客户", "keyCustomer", "需求标签", "needTags"), profile.columns());
        ImportReport report = importer.run(table, profile, ImportMode.ALL_OR_NOTHING, "客户.csv", ImportProgress.NONE);
        assertEquals(List.of(), report.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList());
        assertEquals(2, report.created());
        Map<String, Object> first = store.find("Customer", "fullName", "中建三局成都分公司");
        assertEquals("成都", first.get("region"));
        assertEquals("E", first.get("industry"));
        assertEquals(LocalDate.of(2023, 4, 18), first.get("firstContact"));
        assertEquals(0, new BigDecimal("1250000.50").compareTo((BigDecimal) first.get("annualRevenue")));
        assertEquals(320L, first.get("employeeCount"));
        assertEquals(Boolean.TRUE, first.get("keyCustomer"));
        assertEquals(List.of("PRICE_SENSITIVE", "FUNCTION_ORIENTED"), first.get("needTags"));
        assertEquals(LocalDate.of(2024, 2, 29), store.find("Customer", "fullName", "四川华西集团").get("firstContact"));
    }

    @Test
    void utf8BomAndSemicolonCsvWithLineBreaksInCellsAreImported() throws Exception {
        byte[] text = ("\uFEFF客户编号;客户名称;备注\n"
                + "C-001;\"贵州建工\n（集团）\";\"第一行\n第二行：\"\"重要\"\"\"\n"
                + "C-002;云南建投;\n").getBytes(StandardCharsets.UTF_8);
        SourceTable table = CsvReader.read(text);
        ImportReport report = importer.run(table, ImportProfile.auto("p", store.schema.customer(), table.header()),
                ImportMode.ALL_OR_NOTHING, "bom.csv", ImportProgress.NONE);
        assertEquals(2, report.created(), report.problems().toString());
        Map<String, Object> first = store.find("Customer", "customerNo", "C-001");
        assertEquals("贵州建工\n（集团）", first.get("fullName"));
        assertEquals("第一行\n第二行：\"重要\"", first.get("remarks"));
        assertEquals("云南建投", store.find("Customer", "customerNo", "C-002").get("fullName"));
    }

    @Test
    void anXlsxSheetIsImportedWithDatesAndNumbersAsTheCellsHoldThem() throws Exception {
        Path file = folder.resolve("客户.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            String[] names = { "客户名称", "最近合作时间", "历史合作金额", "历史合作次数", "客户ID" };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("北京城建集团");
            row.createCell(1).setCellValue(LocalDate.of(2025, 12, 31));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(99999.99);
            row.createCell(3).setCellValue(7);
            row.createCell(4).setCellValue(20250001); // an id typed as a number: stays whole, no ".0"
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SourceTable table = XlsxReader.read(file);
        ImportReport report = importer.run(table, ImportProfile.auto("x", store.schema.customer(), table.header()),
                ImportMode.ALL_OR_NOTHING, file.getFileName().toString(), ImportProgress.NONE);
        assertEquals(1, report.created(), report.problems().toString());
        Map<String, Object> stored = store.find("Customer", "fullName", "北京城建集团");
        assertEquals(LocalDate.of(2025, 12, 31), stored.get("lastDealDate"));
        assertEquals(0, new BigDecimal("99999.99").compareTo((BigDecimal) stored.get("historyDealAmount")));
        assertEquals(7L, stored.get("historyDealCount"));
        assertEquals("20250001", stored.get("customerNo"));
    }

    @Test
    void vCardContactsWithQuotedPrintableChineseJoinTheCustomerTheirOrganizationNames() throws Exception {
        long customer = store.repository.create("Customer", Map.of("fullName", "四川华西集团")).id();
        String cards = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("张三丰") + "\r\n"
                + "ORG;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:" + qp("四川华西集团", "GBK") + "\r\n"
                + "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("总经理") + "\r\n"
                + "TEL;CELL:13812345678\r\nEMAIL:zhang@huaxi.example\r\nBDAY:19800101\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nORG:不存在的公司\r\nEND:VCARD\r\n";
        SourceTable table = VCardReader.read(cards.getBytes(StandardCharsets.UTF_8));
        ImportProfile profile = ImportProfile.auto("名片", store.schema.entity("Contact").orElseThrow(), table.header())
                .withOwner(VCardReader.ORGANIZATION, "fullName");
        assertEquals("name", profile.columns().get(VCardReader.NAME));
        assertEquals("mobile", profile.columns().get(VCardReader.MOBILE));
        assertEquals("officePhone", profile.columns().get(VCardReader.PHONE));
        assertEquals("address", profile.columns().get(VCardReader.ADDRESS));
        ImportReport report = importer.run(table, profile, ImportMode.VALID_ROWS_ONLY, "contacts.vcf", ImportProgress.NONE);
        assertEquals(1, report.created());
        assertEquals(List.of(10), report.badRows(), "the second card, on line 10, names no stored customer");
        assertEquals("Row 10, column “Organization” (Customer): there is no Customer “不存在的公司” to add this record to",
                report.problems().get(0).message(Locale.ENGLISH));
        assertEquals("第 10 行，列“Organization”（客户）：找不到要归属的客户“不存在的公司”", report.problems().get(0).message(Locale.SIMPLIFIED_CHINESE));
        var contacts = store.repository.findByOwner("Contact", customer);
        assertEquals(1, contacts.size());
        assertEquals("张三丰", contacts.get(0).values().get("name"));
        assertEquals("总经理", contacts.get(0).values().get("title"));
        assertEquals("13812345678", contacts.get(0).values().get("mobile"));
        assertEquals(LocalDate.of(1980, 1, 1), contacts.get(0).values().get("birthday"));
    }

    @Test
    void pastDealsWithTheirOrderPhoneJoinTheirCustomerAndAnIdNumberInItIsRefused() throws Exception {
        long customer = store.repository.create("Customer", Map.of("fullName", "华信科技")).id();
        String csv = "客户名称,成交日期,成交金额,下单电话\n"
                + "华信科技,2026-03-04,12000,+86 138-0013-8000\n"
                + "华信科技,2026/5/1,800.50,0755-8888 1234 转 12\n"
                + "华信科技,2026-06-01,300,110105198001010016\n";
        SourceTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        ImportProfile profile = ImportTarget.DEALS.autoProfile("订单", store.schema, table);
        assertEquals("Deal", profile.entity());
        assertEquals(Map.of("成交日期", "date", "成交金额", "amount", "下单电话", "orderPhone"), profile.columns(), "matched by the zh label");
        assertEquals("客户名称", profile.ownerColumn());
        var deals = store.schema.entity("Deal").orElseThrow();
        assertEquals("orderPhone", FieldMatcher.match(deals, "Order Phone").orElseThrow().name(), "by the en label");
        assertEquals("orderPhone", FieldMatcher.match(deals, "订单电话：").orElseThrow().name(), "by a term");

        ImportReport report = importer.run(table, profile, ImportMode.VALID_ROWS_ONLY, "订单.csv", ImportProgress.NONE);
        assertEquals(List.of(4), report.badRows());
        assertTrue(report.problems().get(0).message(Locale.ENGLISH)
                .startsWith("Row 4, column “下单电话” (Order phone): the text contains a national ID number"), report.problems().get(0).message(Locale.ENGLISH));
        assertTrue(report.problems().get(0).message(Locale.SIMPLIFIED_CHINESE).contains("下单电话"));
        assertEquals(2, report.created());
        var stored = store.repository.findByOwner("Deal", customer).stream().sorted(java.util.Comparator.comparingLong(r -> r.id()))
                .map(r -> r.values()).toList();
        assertEquals(List.of("+86 138-0013-8000", "0755-8888 1234 转 12"), stored.stream().map(v -> v.get("orderPhone")).toList(), "as written");
        assertEquals(LocalDate.of(2026, 5, 1), stored.get(1).get("date"));
        assertEquals(0, new BigDecimal("800.50").compareTo((BigDecimal) stored.get(1).get("amount")));
    }

    @Test
    void aFileWithTenPercentBadRowsReportsEveryOneAndStoresNothingOrOnlyTheGoodRows() throws Exception {
        StringBuilder csv = new StringBuilder("客户名称,首次接触时间,员工人数,备注\n");
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "客户" + i;
            String date = "2024-01-" + (1 + i % 28);
            String employees = Integer.toString(10 + i);
            String remark = "普通";
            switch (i % 10 == 4 ? i / 10 : -1) {
                case 0 -> date = "2024-02-30";
                case 1 -> employees = "十二";
                case 2 -> remark = "法人身份证 " + idNumber("11010119900307451");
                case 3 -> remark = "回款卡号 " + luhnCard("622202020000000001");
                case 4 -> name = "";
                default -> { }
            }
            if (i % 10 == 4) {
                badLines.add(i + 2);
            }
            csv.append(name).append(',').append(date).append(',').append(employees).append(',').append(remark).append('\n');
        }
        SourceTable table = CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        ImportProfile profile = ImportProfile.auto("p", store.schema.customer(), table.header());

        ImportReport refused = importer.run(table, profile, ImportMode.ALL_OR_NOTHING, "bad.csv", ImportProgress.NONE);
        assertFalse(refused.stored());
        assertEquals(badLines, refused.badRows());
        assertTrue(store.repository.isEmpty("Customer"), "all or nothing: nothing stored");
        assertTrue(store.repository.importBatches().isEmpty());
        List<String> en = refused.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
        assertEquals("Row 6, column “首次接触时间” (First contact): “2024-02-30” is not a valid date (for example 2026-11-22)", en.get(0));
        assertEquals("Row 16, column “员工人数” (Employees): “十二” is not a whole number", en.get(1));
        assertTrue(en.get(2).startsWith("Row 26, column “备注” (Remarks): the text contains a national ID number"), en.get(2));
        assertTrue(en.get(3).startsWith("Row 36, column “备注” (Remarks): the text contains a bank card number"), en.get(3));
        assertTrue(en.get(4).startsWith("Row 46, column “客户名称” (Customer name): a value is required"), en.get(4));
        assertEquals("第 16 行，列“员工人数”（员工人数）：“十二”不是整数", refused.problems().get(1).message(Locale.SIMPLIFIED_CHINESE));

        ImportReport partial = importer.run(table, profile, ImportMode.VALID_ROWS_ONLY, "bad.csv", ImportProgress.NONE);
        assertEquals(badLines, partial.badRows());
        assertEquals(45, partial.created());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (i % 10 != 4) {
                expected.add("客户" + i);
            }
        }
        assertEquals(expected, store.rows("Customer", "fullName").values().stream().map(r -> (String) r.get(0)).toList());
    }

    @Test
    void undoRemovesExactlyOneImportAndAnotherStays() throws Exception {
        ImportReport first = importCsv("客户名称,所在地区\n甲公司,北京\n乙公司,上海\n丙公司,广州\n", null, "first.csv");
        ImportReport second = importCsv("客户名称,所在地区\n丁公司,成都\n戊公司,重庆\n", null, "second.csv");
        assertEquals(5, store.rows("Customer", "fullName").size());
        importer.undo(first.batch().id());
        assertEquals(List.of("丁公司", "戊公司"), names());
        assertEquals(List.of(true, false), store.repository.importBatches().stream()
                .sorted(java.util.Comparator.comparing(RecordRepository.ImportBatch::id)).map(RecordRepository.ImportBatch::undone).toList());
        assertEquals(second.batch().id(), store.repository.importBatches().get(0).id());
    }

    @Test
    void updateByKeyChangesMatchingRecordsCreatesTheOthersAndUndoRestoresThem() throws Exception {
        importCsv("客户编号,客户名称,所在地区\nC1,甲公司,北京\nC2,乙公司,上海\n", null, "base.csv");
        ImportReport update = importCsv("客户ID,客户名称,所在地区\nc1,甲公司,天津\nC3,丙公司,广州\n", "customerNo", "update.csv");
        assertEquals(1, update.updated());
        assertEquals(1, update.created());
        assertEquals("天津", store.find("Customer", "customerNo", "C1").get("region"));
        assertEquals(List.of("甲公司", "乙公司", "丙公司"), names());

        SourceTable twice = CsvReader.read("客户编号,客户名称\nC2,乙\n C2 ,乙二\n".getBytes(StandardCharsets.UTF_8));
        ImportReport duplicate = importer.run(twice, ImportProfile.auto("p", store.schema.customer(), twice.header()).withKey("customerNo"),
                ImportMode.ALL_OR_NOTHING, "twice.csv", ImportProgress.NONE);
        assertEquals("Row 3, column “客户编号” (Customer number): Customer number “C2” is also in row 2; a file may name each record once",
                duplicate.problems().get(0).message(Locale.ENGLISH));

        importer.undo(update.batch().id());
        assertEquals("北京", store.find("Customer", "customerNo", "C1").get("region"));
        assertEquals(List.of("甲公司", "乙公司"), names());
    }

    @Test
    void pendingMarksBecomeTheCustomersPendingFieldsAndGoWithTheirImportsUndo() throws Exception {
        importCsv("客户编号,客户名称,所在地区\nC1,甲公司,北京\n", null, "base.csv");
        ImportReport marked = importCsv("客户编号,客户名称,所在地区,负责人\nC1,甲公司,待补充,张三\nC2,乙公司,上海,待确认\n", "customerNo",
                "marked.csv");
        assertEquals(1, marked.created());
        assertEquals(1, marked.updated());
        assertEquals(List.of("region=TO_BE_COMPLETED"), marks("C1"));
        assertEquals(List.of("owner=TO_BE_CONFIRMED"), marks("C2"));
        assertEquals("北京", store.find("Customer", "customerNo", "C1").get("region"), "a mark does not clear the stored value");

        importer.undo(marked.batch().id());
        assertEquals(List.of(), marks("C1"));
        assertTrue(store.repository.findAll("PendingField").isEmpty());

        // a contact cannot keep a mark: the row is reported rather than stored without it
        long customer = store.repository.create("Customer", Map.of("fullName", "丙公司")).id();
        SourceTable contacts = CsvReader.read("姓名,手机,客户\n李四,待确认,丙公司\n".getBytes(StandardCharsets.UTF_8));
        ImportReport refused = importer.run(contacts, ImportProfile.auto("c", store.schema.entity("Contact").orElseThrow(), contacts.header())
                .withOwner("客户", "fullName"), ImportMode.ALL_OR_NOTHING, "contacts.csv", ImportProgress.NONE);
        assertEquals("Row 2, column “手机” (Mobile): “待确认” marks a value to confirm or complete, which only a customer can keep, "
                + "not a Contact; enter the value or leave the cell empty", refused.problems().get(0).message(Locale.ENGLISH));
        assertTrue(store.repository.findByOwner("Contact", customer).isEmpty());
    }

    private List<String> marks(String customerNo) throws StoreException {
        long id = store.rows("Customer", "customerNo").entrySet().stream().filter(e -> customerNo.equals(e.getValue().get(0)))
                .findFirst().orElseThrow().getKey();
        return store.repository.findByOwner("PendingField", id).stream()
                .map(r -> r.values().get("field") + "=" + r.values().get("state")).toList();
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        StringBuilder csv = new StringBuilder("客户名称\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("客户").append(i).append('\n');
        }
        SourceTable table = CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        List<ImportProgress.Phase> phases = new ArrayList<>();
        ImportProgress cancelWhileWriting = new ImportProgress() {
            @Override
            public void progress(Phase phase, int done, int total) {
                phases.add(phase);
            }

            @Override
            public boolean isCanceled() {
                return phases.contains(Phase.WRITING);
            }
        };
        StoreException canceled = assertThrows(StoreException.class, () -> importer.run(table,
                ImportProfile.auto("p", store.schema.customer(), table.header()), ImportMode.ALL_OR_NOTHING, "big.csv", cancelWhileWriting));
        assertEquals(StoreException.Reason.CANCELED, canceled.reason());
        assertTrue(phases.contains(ImportProgress.Phase.CHECKING));
        assertTrue(store.repository.isEmpty("Customer"));
    }

    @Test
    void headersMatchFieldsWhateverTheirWidthCaseAndPunctuationAndProfilesRoundTrip() throws Exception {
        var customer = store.schema.customer();
        assertEquals("fullName", FieldMatcher.match(customer, "客户名称：").orElseThrow().name());
        assertEquals("fullName", FieldMatcher.match(customer, " Customer-NAME ").orElseThrow().name());
        assertEquals("customerNo", FieldMatcher.match(customer, "客户ＩＤ").orElseThrow().name(), "full-width letters, a term");
        assertEquals("main", FieldMatcher.match(store.schema.entity("Contact").orElseThrow(), "主联系人").orElseThrow().name(),
                "a label wins over another field's term");
        assertTrue(FieldMatcher.match(customer, "无关的列").isEmpty());

        ImportProfile profile = ImportProfile.auto("月度 CRM 导出", customer, List.of("客户名称", "地区", "金额=万元", "无关的列"))
                .withColumn("金额=万元", "historyDealAmount").withKey("fullName");
        Path file = folder.resolve("crm.profile");
        profile.save(file);
        ImportProfile loaded = ImportProfile.load(file);
        assertEquals(profile.name(), loaded.name());
        assertEquals(profile.columns(), loaded.columns());
        assertEquals("fullName", loaded.keyField());
        assertNull(loaded.ownerColumn());
    }

    private ImportReport importCsv(String csv, String key, String label) throws Exception {
        SourceTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        ImportReport report = importer.run(table, ImportProfile.auto("p", store.schema.customer(), table.header()).withKey(key),
                ImportMode.ALL_OR_NOTHING, label, ImportProgress.NONE);
        assertTrue(report.stored(), report.problems().toString());
        return report;
    }

    private List<String> names() throws StoreException {
        return store.rows("Customer", "fullName").values().stream().map(r -> (String) r.get(0)).toList();
    }

    /** A resident ID number with its GB 11643 check digit. */
    static String idNumber(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A card number with its Luhn check digit. */
    static String luhnCard(String digits) {
        for (int check = 0; check < 10; check++) {
            String candidate = digits + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError();
    }

    private static String qp(String text) {
        return qp(text, "UTF-8");
    }

    private static String qp(String text, String charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(Charset.forName(charset))) {
            out.append(String.format("=%02X", b & 0xFF));
        }
        return out.toString();
    }
}
