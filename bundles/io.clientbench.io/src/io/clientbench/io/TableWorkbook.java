package io.clientbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an XLSX sheet in the branch sheets' manner (as the visit plan's export does): a bold, frozen
 * header row, then one row per record with numbers as numbers and dates as dates, so the sheet sorts and sums them.
 */
public final class TableWorkbook {

    private static final int MAX_WIDTH = 60 * 256;

    private TableWorkbook() {
    }

    /** @param rows cell values: Number, LocalDate, LocalDateTime, Boolean or text (anything else as its text) */
    public static void write(String sheetName, List<String> header, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case BigDecimal d -> cell.setCellValue(d.doubleValue());
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        case LocalDateTime t -> {
                            cell.setCellValue(t);
                            cell.setCellStyle(dateTime);
                        }
                        case Boolean b -> cell.setCellValue(b);
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                // a column fits its header at least; Chinese characters are about two Latin ones wide
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, (header.get(c).length() * 2 + 4) * 256));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }
}
