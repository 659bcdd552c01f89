package io.clientbench.io;

import java.util.List;

/**
 * What every reader makes of a file: a header and rows of text, each row with the number a user finds it under in the
 * source (the line of a CSV record, the row of a sheet, the line a vCard begins on), so a report can point at it.
 *
 * @param header the column names, in file order
 * @param rows   the data rows, in file order
 */
public record SourceTable(List<String> header, List<Row> rows) {

    /** One data row: its number in the source and its cells (possibly fewer or more than the header has columns). */
    public record Row(int number, List<String> cells) {

        /** The cell of a column, or "" where the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** How far down a header row is looked for. */
    private static final int HEADER_SEARCH = 10;

    /**
     * Splits a file's non-empty records into header and rows. The header is the first record with two or more filled
     * cells among the first few: the branches' sheets put a title row ("客户信息收集表") above the header, which is
     * skipped with anything else before the header.
     */
    static SourceTable fromRecords(List<Row> records) throws ImportFileException {
        if (records.isEmpty()) {
            throw new ImportFileException("file.empty", null);
        }
        int header = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, records.size()); i++) {
            if (records.get(i).cells().stream().filter(c -> !c.isBlank()).count() >= 2) {
                header = i;
                break;
            }
        }
        return new SourceTable(records.get(header).cells().stream().map(String::strip).toList(),
                List.copyOf(records.subList(header + 1, records.size())));
    }

    /** The column of a header name, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}
