package io.clientbench.visits.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.clientbench.visits.core.PlanItem;

/**
 * Writes plan items as an XLSX sheet in the branch sheets' manner: a bold header row, one row per item, dates as real
 * dates (so spreadsheets sort and filter them), columns sized to their text, the header frozen.
 */
public final class PlanWorkbook {

    private PlanWorkbook() {
    }

    /** @param title the rep or team the plan is for, in the sheet's name */
    public static void write(List<PlanItem> items, String title, Locale locale, OutputStream out) throws IOException {
        PlanLabels labels = new PlanLabels(locale);
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("sheet", title)));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] columns = { "column.date", "column.customer", "column.owner", "column.kind", "column.status", "column.doneOn",
                    "column.reason" };
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(labels.get(columns[c]));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (PlanItem item : items) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.due());
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(item.customerName());
                row.createCell(2).setCellValue(item.owner() == null ? "" : item.owner());
                row.createCell(3).setCellValue(labels.kind(item.kind()));
                row.createCell(4).setCellValue(labels.status(item.status()));
                if (item.doneOn() != null) {
                    row.createCell(5).setCellValue(item.doneOn());
                    row.getCell(5).setCellStyle(date);
                }
                row.createCell(6).setCellValue(item.reason().text(locale));
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, widest(sheet, c))) * 256);
            }
            workbook.write(out);
        }
    }

    /** The longest text in a column, Chinese characters counted double (they are twice as wide). */
    private static int widest(Sheet sheet, int column) {
        int widest = 0;
        for (Row row : sheet) {
            var cell = row.getCell(column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                String text = cell.getStringCellValue();
                widest = Math.max(widest, text.length() + (int) text.chars().filter(ch -> ch > 0x2E80).count() + 2);
            }
        }
        return widest;
    }
}
