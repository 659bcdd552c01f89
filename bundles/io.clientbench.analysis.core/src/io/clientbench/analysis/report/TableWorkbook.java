package io.clientbench.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.clientbench.analysis.AnalysisResult.Table;

/**
 * An analysis's tables as one XLSX workbook, a sheet per table: the table's title as the sheet name, its translated
 * header in bold and frozen, numbers as numbers and dates as dates (so a manager can sum and sort), columns sized to
 * their text. The headers are the analysis's own, already in the user's language.
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table, names));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.columns().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate day) {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(date);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest(sheet, c))) * 256);
                }
            }
            workbook.write(out);
        }
    }

    /** A valid sheet name (31 characters, no []:*?/\) that no earlier table took. */
    private static String sheetName(Table table, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(table.title() == null || table.title().isBlank() ? table.id() : table.title());
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The longest text in a column, Chinese characters counted double (they are twice as wide). */
    private static int widest(Sheet sheet, int column) {
        int widest = 0;
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "0000000000";
                widest = Math.max(widest, text.length() + (int) text.chars().filter(ch -> ch > 0x2E80).count() + 2);
            }
        }
        return widest;
    }
}
