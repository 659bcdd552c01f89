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

    /** The column of a header name, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}
