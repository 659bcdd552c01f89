package io.clientbench.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clientbench.io.CsvReader;
import io.clientbench.io.ImportFileException;
import io.clientbench.io.SourceFile;
import io.clientbench.io.SourceTable;
import io.clientbench.io.VCardReader;

/** What the import wizard relies on: reading by extension with what was detected, targets and saved profiles. */
class WizardSupportTest {

    @TempDir
    Path folder;
    private TestStore store;

    @BeforeEach
    void open() throws Exception {
        store = new TestStore(folder.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFileIsReadByItsExtensionAndTheDetectedEncodingAndDelimiterAreDescribed() throws Exception {
        Path gbk = folder.resolve("客户.CSV");
        Files.write(gbk, "客户名称;所在地区\r\n重庆建工;重庆\r\n".getBytes(Charset.forName("GBK")));
        SourceFile file = SourceFile.read(gbk);
        assertEquals(SourceFile.Format.CSV, file.format());
        assertEquals(CsvReader.GB18030, file.charset());
        assertEquals(';', file.delimiter());
        assertEquals(List.of("客户名称", "所在地区"), file.table().header());
        assertEquals("CSV text in GBK/GB18030, delimiter \u201c;\u201d: 2 columns, 1 rows", file.describe(Locale.ENGLISH));
        assertTrue(file.describe(Locale.CHINESE).contains("GBK/GB18030"), file.describe(Locale.CHINESE));

        Path hinted = folder.resolve("hinted.csv");
        Files.write(hinted, "sep=|\n客户名称|所在地区\n重庆建工|重庆\n".getBytes(StandardCharsets.UTF_8));
        assertEquals('|', SourceFile.read(hinted).delimiter(), "Excel's sep= line names the delimiter");

        Path card = folder.resolve("contacts.vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nORG:重庆建工\r\nEND:VCARD\r\n");
        SourceFile cards = SourceFile.read(card);
        assertEquals(SourceFile.Format.VCARD, cards.format());
        assertEquals(1, cards.table().rows().size());

        ImportFileException unknown = assertThrows(ImportFileException.class, () -> SourceFile.read(folder.resolve("notes.docx")));
        assertTrue(unknown.message(Locale.ENGLISH).contains("notes.docx"), unknown.message(Locale.ENGLISH));
        assertNull(SourceFile.Format.of(folder.resolve("notes.docx")));
        assertEquals("*.csv;*.txt", SourceFile.Format.CSV.filter());
    }

    @Test
    void contactsFindTheirCustomerByTheOrganizationOrACustomerNameColumn() {
        SourceTable vcards = new SourceTable(VCardReader.HEADER, List.of());
        ImportProfile fromCards = ImportTarget.CONTACTS.autoProfile("cards", store.schema, vcards);
        assertEquals("Contact", fromCards.entity());
        assertEquals(VCardReader.ORGANIZATION, fromCards.ownerColumn());
        assertEquals("fullName", fromCards.ownerKeyField());

        SourceTable csv = new SourceTable(List.of("姓名", "手机", "客户名称"), List.of());
        ImportProfile fromCsv = ImportTarget.CONTACTS.autoProfile("csv", store.schema, csv);
        assertEquals("客户名称", fromCsv.ownerColumn());
        assertEquals("mobile", fromCsv.columns().get("手机"));

        ImportProfile customers = ImportTarget.CUSTOMERS.autoProfile("c", store.schema, csv);
        assertNull(customers.ownerColumn());
        assertEquals("fullName", customers.columns().get("客户名称"));
        assertEquals(List.of("fullName", "customerNo"), ImportTarget.CUSTOMERS.keyFields(store.schema));
        assertEquals(List.of("mobile"), ImportTarget.CONTACTS.keyFields(store.schema));
        assertEquals(ImportTarget.CONTACTS, ImportTarget.of(fromCsv));
    }

    @Test
    void profilesAreSavedUnderTheirNameAndListedPerEntity() throws Exception {
        ImportProfiles profiles = new ImportProfiles(folder.resolve("profiles"));
        assertEquals(List.of(), profiles.of("Customer"), "no folder yet: no profiles");
        SourceTable table = new SourceTable(List.of("客户名称", "客户编号"), List.of());
        ImportProfile monthly = ImportTarget.CUSTOMERS.autoProfile("CRM 月度导出", store.schema, table).withKey("customerNo");
        profiles.save(monthly);
        profiles.save(ImportTarget.CONTACTS.autoProfile("名片", store.schema, new SourceTable(VCardReader.HEADER, List.of())));
        profiles.save(monthly.withColumn("客户编号", null)); // same name: replaces the first
        Files.writeString(profiles.folder().resolve("broken.profile.properties"), "entity=Customer\nname=\\u12"); // logged, left out

        List<ImportProfile> customers = profiles.of("Customer");
        assertEquals(1, customers.size());
        assertEquals("CRM 月度导出", customers.get(0).name());
        assertEquals("customerNo", customers.get(0).keyField());
        assertEquals(null, customers.get(0).columns().get("客户编号"), "the later save replaced the earlier");
        assertEquals(List.of("名片"), profiles.of("Contact").stream().map(ImportProfile::name).toList());
        assertEquals("_.._x.profile.properties", ImportProfiles.fileName("../x"));
    }
}
