package io.clientbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV that Excel opens with Chinese intact: UTF-8 with a BOM (without it Excel on a Chinese Windows
 * reads GBK), comma-separated, CRLF between records, RFC 4180 quoting where a field holds a comma, quote, line break
 * or a leading or trailing blank (which spreadsheets would otherwise drop).
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static void write(List<String> header, Iterable<? extends List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        record(writer, header);
        for (List<String> row : rows) {
            record(writer, row);
        }
        writer.flush();
    }

    private static void record(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields.get(i) == null ? "" : fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
