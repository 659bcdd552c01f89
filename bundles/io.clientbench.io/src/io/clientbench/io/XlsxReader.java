package io.clientbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook (or a named one) as a table. Cells become the canonical text the record
 * validator parses, not what the sheet displays: dates as 2026-11-22 (with a time only when they have one), numbers
 * in plain notation without a display format's rounding or grouping (a phone number typed as a number stays whole),
 * formulas as their last computed value. Empty rows are skipped; a title row above the header is too
 * ({@link SourceTable#fromRecords}).
 */
public final class XlsxReader {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private XlsxReader() {
    }

    public static SourceTable read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, null);
        }
    }

    /** @param sheetName the sheet to read, or null for the first */
    public static SourceTable read(InputStream in, String sheetName) throws IOException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) { // POI reports a non-XLSX file with unchecked exceptions
            throw new ImportFileException("xlsx.unreadable", e, e.getMessage());
        }
        try (workbook) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ImportFileException("xlsx.noSheet", null, sheetName);
            }
            List<SourceTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                    cells.removeLast();
                }
                if (cells.isEmpty()) {
                    continue;
                }
                rows.add(new SourceTable.Row(row.getRowNum() + 1, List.copyOf(cells)));
            }
            return SourceTable.fromRecords(rows);
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            default -> ""; // blank, or an error value (#N/A): nothing to import
        };
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.format(DATE_TIME);
    }

    private static String number(double value) {
        // BigDecimal.valueOf uses the shortest text that reads back as the double: 0.1 stays 0.1, not 0.1000000000000000055
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
