package io.clientbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV file as the branches' tools write it: UTF-8 with or without a BOM (Excel, WPS), UTF-16 with a BOM, or
 * GBK from older Chinese Excel (read as GB18030, its superset); any of {@code , ; TAB |} as delimiter; RFC 4180 quoting
 * with doubled quotes and line breaks inside quoted fields; Excel's {@code sep=;} first line is honoured. Empty lines are
 * skipped; each row keeps the line it starts on.
 */
public final class CsvReader {

    /** The delimiters tried, in the order a tie is broken. */
    static final char[] DELIMITERS = { ',', ';', '\t', '|' };
    private static final int SNIFF_LINES = 50;
    private static final Pattern SEPARATOR_HINT = Pattern.compile("\"?sep=(.)\"?[^\\r\\n]*(\\r\\n|\\r|\\n)");
    /** GBK's superset: every GBK file decodes the same, and characters GBK lacks still decode. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The encoding found and the text decoded with it (without its BOM). */
    public record Decoded(Charset charset, String text) {
    }

    private CsvReader() {
    }

    public static SourceTable read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static SourceTable read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    public static SourceTable read(byte[] bytes) throws IOException {
        String text = decode(bytes).text();
        Matcher hint = SEPARATOR_HINT.matcher(text);
        if (hint.lookingAt()) { // Excel's "sep=;" first line names the delimiter; it is not part of the table
            return parse(text.substring(hint.end()), hint.group(1).charAt(0), 2);
        }
        return parse(text, sniffDelimiter(text));
    }

    /**
     * Finds the encoding: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise bytes that are valid UTF-8 are UTF-8 (GBK text
     * of any length is almost never valid UTF-8); anything else is read as GB18030.
     */
    public static Decoded decode(byte[] bytes) throws ImportFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(StandardCharsets.UTF_8, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(StandardCharsets.UTF_16LE, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(StandardCharsets.UTF_16BE, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        try {
            return new Decoded(StandardCharsets.UTF_8, strict(StandardCharsets.UTF_8, bytes));
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(GB18030, strict(GB18030, bytes));
            } catch (CharacterCodingException e) {
                throw new ImportFileException("csv.encoding", e);
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter that splits the first lines into the same number of fields most consistently (quoted text does not
     * count), preferring the one that gives more fields; a comma when nothing splits (a one-column file).
     */
    public static char sniffDelimiter(String text) {
        char best = ',';
        long bestScore = 0;
        for (char delimiter : DELIMITERS) {
            List<Integer> counts = countsPerLine(text, delimiter);
            if (counts.isEmpty() || counts.get(0) == 0) {
                continue;
            }
            int header = counts.get(0);
            long agreeing = counts.stream().filter(c -> c == header).count();
            long score = agreeing * 1000 + header; // consistency first, then more columns
            if (score > bestScore) {
                best = delimiter;
                bestScore = score;
            }
        }
        return best;
    }

    /** Delimiters outside quotes in each of the first non-empty logical lines. */
    private static List<Integer> countsPerLine(String text, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int count = 0;
        boolean content = false;
        for (int i = 0; i < text.length() && counts.size() < SNIFF_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    counts.add(count);
                }
                count = 0;
                content = false;
            } else if (!quoted && c == delimiter) {
                count++;
                content = true;
            } else {
                content = true;
            }
        }
        if (content && counts.size() < SNIFF_LINES) {
            counts.add(count);
        }
        return counts;
    }

    /** Splits decoded text into a header and rows (see {@link SourceTable#fromRecords} for which record is the header). */
    public static SourceTable parse(String text, char delimiter) throws ImportFileException {
        return parse(text, delimiter, 1);
    }

    /** @param firstLine the line number the text starts on in the file */
    private static SourceTable parse(String text, char delimiter, int firstLine) throws ImportFileException {
        List<SourceTable.Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = firstLine;
        int recordLine = firstLine;
        int quoteLine = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == length) {
                    throw new ImportFileException("csv.unclosedQuote", null, quoteLine);
                }
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue; // a CRLF inside a cell is kept as the LF a cell's line break is everywhere else
                } else {
                    if (c == '\n' || c == '\r') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new SourceTable.Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c); // text after a closing quote, or a quote inside an unquoted field: kept as written
            }
        }
        return SourceTable.fromRecords(records);
    }
}
