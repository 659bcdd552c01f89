package io.clientbench.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.io.CsvReader;
import io.clientbench.io.RecordExport;
import io.clientbench.io.SourceTable;
import io.clientbench.io.VCardReader;
import io.clientbench.io.XlsxReader;
import io.clientbench.store.RecordRepository;

/** What is exported imports again unchanged: CSV with Chinese headers, XLSX with English ones, contacts as vCards. */
class ExportRoundTripTest {

    private static final List<String> FIELDS = List.of("customerNo", "fullName", "industry", "region", "firstContact", "updatedAt",
            "annualRevenue", "employeeCount", "keyCustomer", "needTags", "remarks");

    @TempDir
    Path folder;
    private TestStore source;

    @BeforeEach
    void open() throws Exception {
        source = new TestStore(folder.resolve("source"));
        Map<String, Object> first = new HashMap<>(Map.of("customerNo", "C-001", "fullName", "中建三局成都分公司", "industry", "E",
                "region", "成都, 锦江", "firstContact", LocalDate.of(2023, 4, 18), "updatedAt", LocalDateTime.of(2026, 11, 22, 9, 30),
                "annualRevenue", new BigDecimal("1250000.5"), "employeeCount", 320L, "keyCustomer", Boolean.TRUE));
        first.put("needTags", List.of("PRICE_SENSITIVE", "FUNCTION_ORIENTED"));
        first.put("remarks", "第一行\n第二行，含\"引号\"");
        source.repository.create("Customer", first);
        source.repository.create("Customer", Map.of("customerNo", "C-002", "fullName", "Sichuan Huaxi Group", "keyCustomer", Boolean.FALSE));
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void aCsvExportWithChineseHeadersImportsBackTheSameValues() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        RecordExport.csv(source.repository, source.schema.customer(), FIELDS, Locale.SIMPLIFIED_CHINESE, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF客户编号,客户名称,所属行业,所在地区,首次接触时间"), text);
        assertTrue(text.contains("建筑业"), "value lists by their labels: " + text);
        assertRoundTrip(CsvReader.read(csv.toByteArray()), "export.csv");
    }

    @Test
    void aDealExportCarriesTheOrderPhoneUnderItsLabel() throws Exception {
        long customer = source.repository.create("Customer", Map.of("fullName", "华信科技")).id();
        source.repository.create("Deal", Map.of(RecordRepository.OWNER, customer, "date", LocalDate.of(2026, 3, 4),
                "amount", new BigDecimal("12000"), "orderPhone", "+86 138-0013-8000"));
        var deal = source.schema.entity("Deal").orElseThrow();
        assertTrue(RecordExport.fields(deal).contains("orderPhone"), "a full export writes it");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            RecordExport.csv(source.repository, deal, List.of("date", "amount", "orderPhone"), locale, csv);
            String label = locale == Locale.ENGLISH ? "Order phone" : "下单电话";
            assertEquals(List.of(label), CsvReader.read(csv.toByteArray()).header().subList(2, 3));
            assertTrue(csv.toString(StandardCharsets.UTF_8).contains("2026-03-04,12000,+86 138-0013-8000"), csv.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anXlsxExportWithEnglishHeadersKeepsNumbersAndDatesTypedAndImportsBack() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        RecordExport.xlsx(source.repository, source.schema.customer(), FIELDS, Locale.ENGLISH, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Customer", sheet.getSheetName());
            assertEquals("Customer number", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(6).getCellType(), "revenue is a number the sheet can sum");
        }
        assertRoundTrip(XlsxReader.read(new ByteArrayInputStream(xlsx.toByteArray()), null), "export.xlsx");
    }

    @Test
    void contactsExportedAsVCardsImportBackToTheirCustomer() throws Exception {
        long customer = idOf(source, "C-001");
        source.repository.create("Contact", Map.of(RecordRepository.OWNER, customer, "name", "张三", "title", "造价部经理",
                "mobile", "13812345678", "email", "zhang@example.com", "birthday", LocalDate.of(1980, 2, 29),
                "address", "四川省成都市锦江区红星路1号；3楼"));
        ByteArrayOutputStream vcf = new ByteArrayOutputStream();
        RecordExport.vcards(source.repository, source.schema, vcf);
        SourceTable cards = VCardReader.read(vcf.toByteArray());

        try (TestStore target = new TestStore(folder.resolve("target"))) {
            long copy = target.repository.create("Customer", Map.of("fullName", "中建三局成都分公司")).id();
            ImportProfile profile = ImportProfile.auto("vcf", target.schema.entity("Contact").orElseThrow(), cards.header())
                    .withOwner(VCardReader.ORGANIZATION, "fullName");
            ImportReport report = new Importer(target.repository, target.schema).run(cards, profile, ImportMode.ALL_OR_NOTHING,
                    "contacts.vcf", ImportProgress.NONE);
            assertEquals(1, report.created(), report.problems().toString());
            Map<String, Object> original = new HashMap<>(source.repository.findByOwner("Contact", customer).get(0).values());
            Map<String, Object> imported = new HashMap<>(target.repository.findByOwner("Contact", copy).get(0).values());
            assertEquals(original, imported);
        }
    }

    private void assertRoundTrip(SourceTable table, String label) throws Exception {
        try (TestStore target = new TestStore(folder.resolve("target"))) {
            ImportProfile profile = ImportProfile.auto("back", target.schema.customer(), table.header());
            assertEquals(FIELDS, List.copyOf(profile.columns().values()), "every exported header maps back to its field");
            ImportReport report = new Importer(target.repository, target.schema).run(table, profile, ImportMode.ALL_OR_NOTHING, label,
                    ImportProgress.NONE);
            assertEquals(2, report.created(), report.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList().toString());
            for (String number : List.of("C-001", "C-002")) {
                assertEquals(comparable(source.find("Customer", "customerNo", number)), comparable(target.find("Customer", "customerNo", number)));
            }
        }
    }

    /** Decimals by value: a record just created holds 1250000.5 as given, one read from its DECIMAL column 1250000.5000. */
    private static Map<String, Object> comparable(Map<String, Object> values) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.replaceAll((name, value) -> value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
        return copy;
    }

    private static long idOf(TestStore store, String customerNo) throws Exception {
        long[] id = { -1 };
        store.repository.scan("Customer", List.of("customerNo"), (i, v, values) -> {
            if (customerNo.equals(values[0])) {
                id[0] = i;
            }
        });
        return id[0];
    }
}
