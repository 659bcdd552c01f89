package io.clientbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers and writers on files made here, byte for byte as the branches' tools write them. */
class ReadersTest {

    @TempDir
    Path folder;

    @Test
    void aGbkCsvFromChineseExcelIsDetectedAndReadWithItsCharacters() throws Exception {
        String text = "客户名称,所在地区,备注\r\n中建三局成都分公司,成都,老客户\r\n四川华西集团,\"成都,锦江\",\r\n";
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        CsvReader.Decoded decoded = CsvReader.decode(gbk);
        assertEquals(CsvReader.GB18030, decoded.charset());
        SourceTable table = CsvReader.read(gbk);
        assertEquals(List.of("客户名称", "所在地区", "备注"), table.header());
        assertEquals(List.of("中建三局成都分公司", "成都", "老客户"), table.rows().get(0).cells());
        assertEquals(List.of("四川华西集团", "成都,锦江", ""), table.rows().get(1).cells());
        assertEquals(3, table.rows().get(1).number(), "rows keep their line in the file (the header is line 1)");
    }

    @Test
    void aUtf8CsvWithOrWithoutBomAndUtf16AreRead() throws Exception {
        String text = "客户名称;所在地区\n重庆建工;重庆\n";
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] bytes : List.of(plain, bom)) {
            SourceTable table = CsvReader.read(bytes);
            assertEquals(List.of("客户名称", "所在地区"), table.header(), "no BOM left in the first header");
            assertEquals(List.of("重庆建工", "重庆"), table.rows().get(0).cells());
        }
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
        utf16.write("客户名称\t地区\r\n贵州建工\t贵阳\r\n".getBytes(StandardCharsets.UTF_16LE));
        SourceTable table = CsvReader.read(utf16.toByteArray());
        assertEquals(List.of("贵州建工", "贵阳"), table.rows().get(0).cells());
    }

    @Test
    void aSemicolonCsvWithQuotedLineBreaksAndDoubledQuotesKeepsEveryFieldWhole() throws Exception {
        String text = "客户名称;备注;所在地区\r\n"
                + "\"云南建投\";\"第一行\r\n第二行; 仍是备注\";昆明\r\n"
                + "\r\n"
                + "\"他说\"\"好\"\"\";\"\";大理\r\n";
        assertEquals(';', CsvReader.sniffDelimiter(text));
        SourceTable table = CsvReader.parse(text, ';');
        assertEquals(2, table.rows().size(), "the empty line is skipped");
        assertEquals(List.of("云南建投", "第一行\n第二行; 仍是备注", "昆明"), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(List.of("他说\"好\"", "", "大理"), table.rows().get(1).cells());
        assertEquals(5, table.rows().get(1).number(), "the line count includes the line break inside the quoted field");
    }

    @Test
    void delimitersAreSniffedFromTheFirstLines() {
        assertEquals(',', CsvReader.sniffDelimiter("a,b,c\n1,2,3\n"));
        assertEquals('\t', CsvReader.sniffDelimiter("名称\t金额\n\"甲,乙\"\t1,000\n"));
        assertEquals('|', CsvReader.sniffDelimiter("名称|地区|备注\n甲|乙|丙;丁\n"));
        assertEquals(',', CsvReader.sniffDelimiter("only one column\nvalue\n"));
    }

    @Test
    void aTitleRowAboveTheHeaderAndExcelsSeparatorLineAreSkipped() throws Exception {
        String text = "sep=;\r\n营销团队客户信息收集表;;\r\n\r\n客户名称;所在地区;备注\r\n中建三局;成都;a,b\r\n";
        SourceTable table = CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("客户名称", "所在地区", "备注"), table.header());
        assertEquals(List.of("中建三局", "成都", "a,b"), table.rows().get(0).cells());
        assertEquals(5, table.rows().get(0).number(), "line numbers count the sep= line");

        Path file = folder.resolve("带标题.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue("客户信息收集表（2026年11月）");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("客户名称");
            header.createCell(1).setCellValue("所在地区");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("四川华西集团");
            row.createCell(1).setCellValue("成都");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SourceTable sheet = XlsxReader.read(file);
        assertEquals(List.of("客户名称", "所在地区"), sheet.header());
        assertEquals(List.of(new SourceTable.Row(3, List.of("四川华西集团", "成都"))), sheet.rows());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLineInBothLanguages() {
        String text = "客户名称,备注\n甲,正常\n乙,\"没有结束\n丙,正常\n";
        ImportFileException e = assertThrows(ImportFileException.class, () -> CsvReader.parse(text, ','));
        assertTrue(e.message(Locale.ENGLISH).startsWith("Line 3: a quoted field is never closed"), e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).startsWith("第 3 行：带引号的字段没有结束"), e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anXlsxSheetGivesTheCanonicalTextOfDatesNumbersAndFormulas() throws Exception {
        Path file = folder.resolve("客户.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            String[] names = { "客户名称", "首次接触时间", "年营业收入", "员工人数", "电话", "重点客户", "更新日期" };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(2); // an empty row between: skipped, but the row number stays the sheet's
            row.createCell(0).setCellValue("中建八局西南公司");
            row.createCell(1).setCellValue(LocalDate.of(2024, 2, 29));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(1234567.5);
            row.getCell(2).setCellStyle(money); // displayed 1,234,568: the stored number is what counts
            row.createCell(3).setCellFormula("20*6");
            row.createCell(4).setCellValue(13812345678d);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(LocalDateTime.of(2026, 11, 22, 9, 30));
            row.getCell(6).setCellStyle(date);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SourceTable table = XlsxReader.read(file);
        assertEquals(List.of("客户名称", "首次接触时间", "年营业收入", "员工人数", "电话", "重点客户", "更新日期"), table.header());
        assertEquals(1, table.rows().size());
        assertEquals(3, table.rows().get(0).number());
        assertEquals(List.of("中建八局西南公司", "2024-02-29", "1234567.5", "120", "13812345678", "true", "2026-11-22 09:30:00"),
                table.rows().get(0).cells());
        assertThrows(ImportFileException.class, () -> XlsxReader.read(new java.io.ByteArrayInputStream("不是表格".getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void vCardsOfVersion21With30And40AreUnfoldedDecodedAndUnescaped() throws Exception {
        String utf8Name = qp("张三".getBytes(StandardCharsets.UTF_8));
        String gbkOrg = qp("四川华西集团".getBytes(Charset.forName("GBK")));
        String cards = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + utf8Name + ";;;;\r\n"
                + "ORG;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:" + gbkOrg.substring(0, 12) + "=\r\n" + gbkOrg.substring(12) + "\r\n"
                + "TEL;CELL:13812345678\r\nTEL;WORK:028-85551234\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nN:李;四;;;\r\nORG:重庆建工\\, 第三分公司;工程部\r\n"
                + "TITLE:造价部\\n经理\r\nEMAIL;TYPE=INTERNET:lisi@\r\n example.com\r\nBDAY:1985-03-15\r\n"
                + "ADR;TYPE=WORK:;;解放碑1号;渝中区;重庆市;400010;中国\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Wang Wu\r\nTEL;VALUE=uri;TYPE=\"cell,voice\":tel:13900001111\r\nEND:VCARD\r\n";
        SourceTable table = VCardReader.read(cards.getBytes(StandardCharsets.UTF_8));
        assertEquals(VCardReader.HEADER, table.header());
        assertEquals(3, table.rows().size());
        SourceTable.Row zhang = table.rows().get(0);
        assertEquals("张三", cell(table, zhang, VCardReader.NAME), "N gives the name when FN is missing (2.1)");
        assertEquals("四川华西集团", cell(table, zhang, VCardReader.ORGANIZATION));
        assertEquals("13812345678", cell(table, zhang, VCardReader.MOBILE));
        assertEquals("028-85551234", cell(table, zhang, VCardReader.PHONE));
        assertEquals(1, zhang.number());
        SourceTable.Row li = table.rows().get(1);
        assertEquals("李四", cell(table, li, VCardReader.NAME));
        assertEquals("重庆建工, 第三分公司 工程部", cell(table, li, VCardReader.ORGANIZATION));
        assertEquals("造价部\n经理", cell(table, li, VCardReader.TITLE));
        assertEquals("lisi@example.com", cell(table, li, VCardReader.EMAIL), "a folded line is unfolded");
        assertEquals("1985-03-15", cell(table, li, VCardReader.BIRTHDAY));
        assertEquals("中国重庆市渝中区解放碑1号", cell(table, li, VCardReader.ADDRESS));
        assertEquals("13900001111", cell(table, table.rows().get(2), VCardReader.MOBILE));
        ImportFileException open = assertThrows(ImportFileException.class,
                () -> VCardReader.read("BEGIN:VCARD\nFN:甲\nEND:VCARD\nBEGIN:VCARD\nFN:乙\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(open.message(Locale.ENGLISH).startsWith("Line 4:"), open.message(Locale.ENGLISH));
    }

    @Test
    void writtenCsvAndVCardsReadBackTheSame() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        List<List<String>> rows = List.of(List.of("中建三局", "成都, 锦江", "他说\"好\"\n下一行"), List.of(" 前后空格 ", "", "x"));
        CsvWriter.write(List.of("客户名称", "所在地区", "备注"), rows, csv);
        byte[] bytes = csv.toByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM for Excel");
        SourceTable back = CsvReader.read(bytes);
        assertEquals(rows.get(0), back.rows().get(0).cells());
        assertEquals(rows.get(1), back.rows().get(1).cells());

        String longAddress = "四川省成都市高新区天府大道北段1700号环球中心E1区10楼1001室（请从北门进入，前台登记）";
        ByteArrayOutputStream vcf = new ByteArrayOutputStream();
        VCardWriter.write(List.of(new VCardWriter.Card("王五", "中建三局; 成都", "经理,造价", "13800001111", null,
                "wang@example.com", LocalDate.of(1990, 1, 2), longAddress)), vcf);
        String written = vcf.toString(StandardCharsets.UTF_8);
        for (String line : written.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertTrue(written.contains("ORG:中建三局\\; 成都"), written);
        SourceTable card = VCardReader.read(vcf.toByteArray());
        SourceTable.Row row = card.rows().get(0);
        assertEquals("王五", cell(card, row, VCardReader.NAME));
        assertEquals("经理,造价", cell(card, row, VCardReader.TITLE));
        assertEquals("13800001111", cell(card, row, VCardReader.MOBILE));
        assertEquals("1990-01-02", cell(card, row, VCardReader.BIRTHDAY));
        assertEquals(longAddress, cell(card, row, VCardReader.ADDRESS));
    }

    private static String cell(SourceTable table, SourceTable.Row row, String column) {
        return row.cell(table.column(column));
    }

    private static String qp(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("=%02X", b & 0xFF));
        }
        return text.toString();
    }
}
