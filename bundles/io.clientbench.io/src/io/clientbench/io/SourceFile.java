package io.clientbench.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to import, read by the reader its extension names, with what was detected about it (a CSV's encoding and
 * delimiter), so the wizard can show the user how the file was understood before anything is mapped.
 *
 * @param format    how it was read
 * @param table     its header and rows
 * @param charset   the text encoding found (CSV and vCard), or null for a workbook
 * @param delimiter the CSV delimiter found, or 0 for other formats
 */
public record SourceFile(Format format, SourceTable table, Charset charset, char delimiter) {

    /** The formats the import reads, each with the extensions that select it. */
    public enum Format {
        CSV("csv", "txt"), XLSX("xlsx"), VCARD("vcf", "vcard");

        private final String[] extensions;

        Format(String... extensions) {
            this.extensions = extensions;
        }

        /** The file-dialog filter of this format, e.g. {@code *.csv;*.txt}. */
        public String filter() {
            return "*." + String.join(";*.", extensions);
        }

        /** The format of a file by its extension (case ignored), or null when none reads it. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                for (String extension : format.extensions) {
                    if (name.endsWith("." + extension)) {
                        return format;
                    }
                }
            }
            return null;
        }
    }

    /** Reads a file by its extension; an unknown extension or an unreadable file is an {@link ImportFileException}. */
    public static SourceFile read(Path file) throws IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new ImportFileException("file.unknownType", null, String.valueOf(file.getFileName()));
        }
        return switch (format) {
            case CSV -> {
                CsvReader.Detected detected = CsvReader.readDetected(Files.readAllBytes(file));
                yield new SourceFile(format, detected.table(), detected.charset(), detected.delimiter());
            }
            case XLSX -> new SourceFile(format, XlsxReader.read(file), null, (char) 0);
            case VCARD -> {
                byte[] bytes = Files.readAllBytes(file);
                yield new SourceFile(format, VCardReader.read(bytes), CsvReader.decode(bytes).charset(), (char) 0);
            }
        };
    }

    /** How the file was read, for the user: format, encoding (GB18030 named as the GBK users know), delimiter, counts. */
    public String describe(Locale locale) {
        String encoding = charset == null ? "" : charset.equals(CsvReader.GB18030) ? "GBK/GB18030" : charset.name();
        String separator = switch (delimiter) {
            case '\t' -> IoMessages.format(locale, "delimiter.tab");
            case ' ' -> IoMessages.format(locale, "delimiter.space");
            default -> String.valueOf(delimiter);
        };
        int columns = table.header().size();
        int rows = table.rows().size();
        return switch (format) {
            case CSV -> IoMessages.format(locale, "describe.csv", encoding, separator, columns, rows);
            case XLSX -> IoMessages.format(locale, "describe.xlsx", columns, rows);
            case VCARD -> IoMessages.format(locale, "describe.vcard", encoding, rows);
        };
    }
}
