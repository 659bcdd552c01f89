package io.clientbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.analysis.AnalysisRegistry;
import io.clientbench.io.SourceTable;
import io.clientbench.io.XlsxReader;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.AuditEntry;
import io.clientbench.store.AuditQuery;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StandaloneStore;

/** Each command of the command line, in-process on a temporary data folder, with its output and exit code. */
class CliTest {

    private static final String ID_NUMBER = "11010519491231002X";

    @TempDir
    Path folder;
    private Path data;
    private SchemaRegistry schemas;
    private AnalysisRegistry analyses;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void services() throws Exception {
        data = folder.resolve("data");
        schemas = service(SchemaRegistry.class);
        analyses = service(AnalysisRegistry.class);
    }

    @Test
    void helpAndWrongUsage() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("analysis <id> [--param <name>=<value> ...] --out <file.xlsx>"), out());
        assertEquals(Cli.USAGE, run());
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertTrue(err().contains("Unknown command “frobnicate”"), err());
        assertEquals(Cli.USAGE, run("import", "x.csv", "--bogus"));
        assertEquals(Cli.USAGE, run("--data"));
        assertTrue(err().contains("--data needs a value"), err());
    }

    @Test
    void anImportWithAnIdNumberIsRefusedWholeOrStoresTheValidRows() throws Exception {
        Path csv = csv("客户.csv", "客户名称,所在区域,备注", "成都华西建设,成都,老客户", "绵阳电子,绵阳,法人身份证 " + ID_NUMBER, "德阳机械,德阳,");
        assertEquals(Cli.REFUSED, run("import", csv.toString()));
        assertTrue(out().contains("Row 3") && out().contains("Remarks") && out().contains("national ID number"), out());
        assertTrue(err().contains("Nothing was stored"), err());
        assertEquals(List.of(), names());

        assertEquals(Cli.PARTIAL, run("import", csv.toString(), "--mode", "valid"));
        assertTrue(out().contains("Imported 3 rows: 2 created, 0 updated, 1 left out"), out());
        assertEquals(List.of("德阳机械", "成都华西建设"), names());

        Path update = csv("更新.csv", "客户名称,所在区域", "德阳机械,广汉");
        assertEquals(Cli.OK, run("import", update.toString(), "--update-by", "fullName"));
        assertTrue(out().contains("0 created, 1 updated"), out());
        assertEquals(Cli.USAGE, run("import", update.toString(), "--update-by", "region"));
        assertTrue(err().contains("fullName, customerNo"), err());
    }

    @Test
    void anXlsxRowWithABankCardInAContactIsRefusedWithItsRowAndField() throws Exception {
        try (StandaloneStore store = store()) {
            store.repository().create("Customer", Map.of("fullName", "成都华西建设"));
        }
        Path xlsx = folder.resolve("联系人.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            io.clientbench.io.TableWorkbook.write("联系人", List.of("客户名称", "姓名", "职务"), List.of(List.<Object>of("成都华西建设", "张伟", "经理"),
                    List.<Object>of("成都华西建设", "王芳", "回款卡 6222 0202 0000 0000 006")), out);
        }
        assertEquals(Cli.REFUSED, run("import", xlsx.toString(), "--target", "contacts"));
        assertTrue(out().contains("Row 3") && out().contains("Title") && out().contains("bank card number"), out());
        try (StandaloneStore store = store()) {
            assertTrue(store.repository().findAll("Contact").isEmpty(), "nothing stored");
        }
        assertEquals(Cli.PARTIAL, run("import", xlsx.toString(), "--target", "contacts", "--mode", "valid"));
        try (StandaloneStore store = store()) {
            assertEquals(List.of("张伟"), store.repository().findAll("Contact").stream().map(r -> r.values().get("name")).toList());
        }
    }

    @Test
    void exportsWriteEveryRecordInEachFormat() throws Exception {
        try (StandaloneStore store = store()) {
            long customer = store.repository().create("Customer", Map.of("fullName", "成都华西建设", "region", "成都")).id();
            store.repository().create("Contact", Map.of(RecordRepository.OWNER, customer, "name", "张伟", "mobile", "13812345678"));
        }
        Path csv = folder.resolve("out/customers.csv");
        assertEquals(Cli.OK, run("export", "customers", "--format", "csv", csv.toString()));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("成都华西建设") && text.contains("Customer name"), text);
        Path xlsx = folder.resolve("out/contacts.xlsx");
        assertEquals(Cli.OK, run("export", "contacts", "--format", "xlsx", xlsx.toString()));
        SourceTable table = XlsxReader.read(xlsx);
        assertEquals(1, table.rows().size());
        assertEquals("张伟", table.rows().get(0).cell(table.column("Name")));
        Path vcf = folder.resolve("out/contacts.vcf");
        assertEquals(Cli.OK, run("export", "contacts", "--format", "vcard", vcf.toString()));
        String cards = Files.readString(vcf, StandardCharsets.UTF_8);
        assertTrue(cards.contains("BEGIN:VCARD") && cards.contains("13812345678") && cards.contains("成都华西建设"), cards);
        assertEquals(Cli.USAGE, run("export", "customers", "--format", "vcard", folder.resolve("x.vcf").toString()));
        assertFalse(Files.exists(folder.resolve("x.vcf")));
    }

    @Test
    void anAnalysisIsListedAndWrittenAsXlsx() throws Exception {
        try (StandaloneStore store = store()) {
            List<Long> customers = store.repository().createAll("Customer", List.of(Map.of("fullName", "甲"), Map.of("fullName", "乙"), Map.of("fullName", "丙")));
            List<Map<String, Object>> deals = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                deals.add(Map.of(RecordRepository.OWNER, customers.get(i % 3), "date", LocalDate.of(2026, 1 + i, 10), "amount",
                        new BigDecimal(i % 3 == 0 ? "9000" : "500")));
            }
            store.repository().createAll("Deal", deals);
        }
        assertEquals(Cli.OK, run("analysis", "--list"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith("io.clientbench.analysis.pareto\tenabled\t")), out());

        Path xlsx = folder.resolve("pareto.xlsx");
        assertEquals(Cli.OK, run("analysis", "io.clientbench.analysis.pareto", "--param", "analysisDate=2026-12-31", "--out", xlsx.toString()));
        assertTrue(out().contains("tables written to " + xlsx), out());
        SourceTable first = XlsxReader.read(xlsx);
        assertFalse(first.header().isEmpty());
        // 甲 has 2 × 9000 of 20,000: the one core customer, 90 % of the revenue
        List<List<String>> summary = first.rows().stream().map(SourceTable.Row::cells).toList();
        assertTrue(summary.contains(List.of("Revenue", "20000")) && summary.contains(List.of("Core customers", "1"))
                && summary.contains(List.of("Revenue share of the core customers (%)", "90")), summary.toString());

        assertEquals(Cli.USAGE, run("analysis", "no.such.analysis", "--out", xlsx.toString()));
        assertEquals(Cli.USAGE, run("analysis", "io.clientbench.analysis.pareto", "--param", "colour=red", "--out", xlsx.toString()));
        assertTrue(err().contains("windowDays"), err());
        assertEquals(Cli.REFUSED, run("analysis", "io.clientbench.analysis.pareto", "--param", "windowDays=many", "--out", folder.resolve("no.xlsx").toString()));
        assertFalse(Files.exists(folder.resolve("no.xlsx")));
    }

    @Test
    void backupAndAnEncryptedDatabase() throws Exception {
        try (StandaloneStore store = store()) {
            store.repository().create("Customer", Map.of("fullName", "备份客户"));
            store.database().encrypt("secret-2026".toCharArray());
        }
        assertEquals(Cli.FAILED, run("backup", folder.resolve("backups").toString()));
        assertTrue(err().contains("encrypted, and the password given does not open it"), err());
        assertEquals(Cli.FAILED, run("--password", "guess-1234", "backup", folder.resolve("backups").toString()));
        assertEquals(Cli.OK, run("--password", "secret-2026", "backup", folder.resolve("backups").toString()));
        assertTrue(Files.isRegularFile(folder.resolve("backups/db/service.properties")), out());
        assertTrue(out().contains("Backup written to " + folder.resolve("backups/db")), out());
    }

    @Test
    void messagesFollowTheLanguage() throws Exception {
        Path csv = csv("客户.csv", "客户名称,备注", "绵阳电子,卡号 4111 1111 1111 1111");
        assertEquals(Cli.REFUSED, run(Locale.SIMPLIFIED_CHINESE, "import", csv.toString()));
        assertTrue(out().contains("第 2 行") && out().contains("银行卡号"), out());
        assertTrue(err().contains("导入被拒绝"), err());
    }

    @Test
    void pastDealsAreImportedWithTheirOrderPhoneAndExportedMaskedForService() throws Exception {
        try (StandaloneStore store = store()) {
            store.repository().create("Customer", Map.of("fullName", "成都华西建设"));
        }
        Path csv = csv("订单.csv", "客户名称,成交日期,成交金额,下单电话", "成都华西建设,2026-03-04,12000,+86 138-0013-8000",
                "不存在的公司,2026-03-05,10,13800138000");
        assertEquals(Cli.PARTIAL, run("import", csv.toString(), "--target", "deals", "--mode", "valid"));
        assertTrue(out().contains("Row 3") && out().contains("不存在的公司"), out());
        assertTrue(out().contains("1 created, 0 updated, 1 left out"), out());

        Path whole = folder.resolve("out/deals.csv"); // a fresh database: the administrator sees it whole
        assertEquals(Cli.OK, run("export", "deals", "--format", "csv", whole.toString()));
        String text = Files.readString(whole, StandardCharsets.UTF_8);
        assertTrue(text.contains("Order phone") && text.contains("+86 138-0013-8000"), text);
        Path masked = folder.resolve("out/deals-service.csv");
        assertEquals(Cli.OK, run("--role", "service", "export", "deals", "--format", "csv", masked.toString()));
        text = Files.readString(masked, StandardCharsets.UTF_8);
        assertTrue(text.contains("+86 138-****-8000") && !text.contains("0013"), text);
        assertEquals(Cli.USAGE, run("export", "deals", "--format", "vcard", folder.resolve("d.vcf").toString()));
    }

    @Test
    void aRoleSeesItsMaskedViewInEveryExportAndItsPasswordIsChecked() throws Exception {
        String mobile = "13812345678";
        try (StandaloneStore store = store()) {
            long customer = store.repository().create("Customer", Map.of("fullName", "成都华西建设", "region", "成都")).id();
            store.repository().create("Contact", Map.of(RecordRepository.OWNER, customer, "name", "张伟", "mobile", mobile));
            RoleSession admin = RoleSession.headless(store.database()); // a fresh database: the administrator, no passwords
            admin.setPassword(Role.SALES, "sales-2026".toCharArray());
            admin.setPassword(Role.ADMIN, "admin-2026".toCharArray());
        }
        Path asAdmin = folder.resolve("out/admin.csv");
        assertEquals(Cli.OK, run("--role", "admin", "--role-password", "admin-2026", "export", "contacts", "--format", "csv", asAdmin.toString()));
        String whole = Files.readString(asAdmin, StandardCharsets.UTF_8);
        assertTrue(whole.contains("张伟") && whole.contains(mobile), whole);

        // the admin role has a password now, so a job that names no role works as sales
        Path asDefault = folder.resolve("out/default.vcf");
        assertEquals(Cli.OK, run("export", "contacts", "--format", "vcard", asDefault.toString()));
        assertTrue(err().contains("Role Sales"), err());
        Path asSales = folder.resolve("out/sales.xlsx");
        assertEquals(Cli.OK, run(Locale.SIMPLIFIED_CHINESE, "--role", "sales", "--role-password", "sales-2026", "export", "contacts", "--format",
                "xlsx", asSales.toString()));
        assertTrue(err().contains("已脱敏"), err());
        Path asService = folder.resolve("out/service.csv"); // service has no password of its own
        assertEquals(Cli.OK, run("--role", "service", "export", "contacts", "--format", "csv", asService.toString()));
        SourceTable sales = XlsxReader.read(asSales);
        String masked = Files.readString(asDefault, StandardCharsets.UTF_8) + sales.rows().get(0).cell(sales.column("姓名"))
                + sales.rows().get(0).cell(sales.column("手机")) + Files.readString(asService, StandardCharsets.UTF_8);
        assertFalse(masked.contains("张伟") || masked.contains(mobile), masked);
        assertTrue(masked.contains("张*") && masked.contains("138****5678"), masked);

        Path refused = folder.resolve("out/refused.csv");
        assertEquals(Cli.REFUSED, run("--role", "admin", "--role-password", "wrong", "export", "contacts", "--format", "csv", refused.toString()));
        assertFalse(Files.exists(refused), "nothing written for a wrong password");
        assertTrue(err().toLowerCase(Locale.ROOT).contains("password"), err());
        assertEquals(Cli.USAGE, run("--role", "boss", "backup", folder.resolve("b").toString()));

        // what the command line changes is logged as its user and role
        Path update = csv("update.csv", "客户名称,所在区域", "成都华西建设,绵阳");
        assertEquals(Cli.OK, run("--role", "admin", "--role-password", "admin-2026", "import", update.toString(), "--update-by", "fullName"));
        try (StandaloneStore store = store()) {
            List<AuditEntry> lines = store.auditLog().query(AuditQuery.all(), 0, 5);
            assertTrue(lines.stream().anyMatch(line -> line.actor().equals(System.getProperty("user.name") + " (admin)")), lines.toString());
        }
    }

    private int run(String... words) {
        return run(Locale.ENGLISH, words);
    }

    private int run(Locale locale, String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(schemas, analyses, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale, data);
        return cli.run(List.of(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private StandaloneStore store() throws Exception {
        StandaloneStore store = new StandaloneStore(data, null, schemas);
        store.schemaStore().migrate(schemas.schema());
        return store;
    }

    private List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        try (StandaloneStore store = store()) {
            store.repository().scan("Customer", List.of("fullName"), (id, version, values) -> names.add((String) values[0]));
        }
        names.sort(null);
        return names;
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(CliTest.class).getBundleContext(), type, null);
        tracker.open();
        T found = tracker.waitForService(20_000);
        assertNotNull(found, type.getName());
        return found;
    }
}
