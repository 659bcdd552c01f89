package io.clientbench.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads contacts from a vCard file (2.1 as old phones export it, 3.0, 4.0) as a table with one row per card: folded
 * lines unfolded, QUOTED-PRINTABLE and CHARSET parameters decoded (a phone's GBK names), {@code \, \; \n \\} unescaped.
 * The columns are named like the Contact fields they fill, so a profile matches them by itself; a card's ORG is the
 * customer the contact belongs to. A row's number is the line its BEGIN:VCARD is on.
 */
public final class VCardReader {

    public static final String NAME = "Name";
    public static final String ORGANIZATION = "Organization";
    public static final String TITLE = "Title";
    public static final String MOBILE = "Mobile";
    public static final String PHONE = "Office phone";
    public static final String EMAIL = "E-mail";
    public static final String BIRTHDAY = "Birthday";
    public static final String ADDRESS = "Postal address";
    public static final List<String> HEADER = List.of(NAME, ORGANIZATION, TITLE, MOBILE, PHONE, EMAIL, BIRTHDAY, ADDRESS);

    private VCardReader() {
    }

    public static SourceTable read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static SourceTable read(byte[] bytes) throws IOException {
        List<Line> lines = unfold(CsvReader.decode(bytes).text());
        List<SourceTable.Row> rows = new ArrayList<>();
        Map<String, String> card = null;
        int begin = 0;
        for (Line line : lines) {
            Property property = Property.parse(line.text());
            if (property == null) {
                continue;
            }
            if (property.name().equals("BEGIN") && property.value().equalsIgnoreCase("VCARD")) {
                card = new LinkedHashMap<>();
                begin = line.number();
            } else if (property.name().equals("END") && property.value().equalsIgnoreCase("VCARD") && card != null) {
                Map<String, String> done = card;
                if (!done.containsKey(NAME) && done.containsKey("N")) { // FN is required from 3.0 on, but 2.1 cards may lack it
                    done.put(NAME, done.get("N"));
                }
                rows.add(new SourceTable.Row(begin, HEADER.stream().map(h -> done.getOrDefault(h, "")).toList()));
                card = null;
            } else if (card != null) {
                take(card, property);
            }
        }
        if (card != null) {
            throw new ImportFileException("vcard.unterminated", null, begin);
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("file.empty", null);
        }
        return new SourceTable(HEADER, rows);
    }

    /** Keeps the first value of each column (a second mobile does not overwrite the first). */
    private static void take(Map<String, String> card, Property p) {
        String column = switch (p.name()) {
            case "FN" -> NAME;
            case "N" -> "N";
            case "ORG" -> ORGANIZATION;
            case "TITLE" -> TITLE;
            case "TEL" -> p.hasType("CELL") ? MOBILE : PHONE;
            case "EMAIL" -> EMAIL;
            case "BDAY" -> BIRTHDAY;
            case "ADR" -> ADDRESS;
            default -> null;
        };
        if (column == null || card.containsKey(column)) {
            return;
        }
        List<String> parts = components(p.value());
        String value = switch (p.name()) {
            case "N" -> personName(parts);
            case "ORG" -> String.join(" ", parts.stream().filter(s -> !s.isBlank()).toList()); // company;department
            case "ADR" -> address(parts);
            case "BDAY" -> p.value().strip();
            case "TEL" -> p.value().strip().replaceFirst("^(?i)tel:", ""); // 4.0 may give a tel: URI
            default -> String.join(";", parts).strip();
        };
        if (!value.isEmpty()) {
            card.put(column, value);
        }
    }

    /** N = family;given;additional;prefixes;suffixes: Chinese names family first without a space. */
    private static String personName(List<String> parts) {
        String family = parts.isEmpty() ? "" : parts.get(0).strip();
        String given = parts.size() > 1 ? parts.get(1).strip() : "";
        return hasCjk(family + given) ? family + given : (given + " " + family).strip();
    }

    /** ADR = box;extended;street;locality;region;code;country: Chinese from the country down, others the Western way. */
    private static String address(List<String> parts) {
        List<String> p = new ArrayList<>(parts);
        while (p.size() < 7) {
            p.add("");
        }
        if (hasCjk(String.join("", p))) {
            return String.join("", p.get(6), p.get(4), p.get(3), p.get(2), p.get(1), p.get(0)).strip();
        }
        return String.join(", ", List.of(p.get(0), p.get(1), p.get(2), p.get(3), (p.get(4) + " " + p.get(5)).strip(), p.get(6))
                .stream().filter(s -> !s.isBlank()).toList());
    }

    private static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Splits a structured value at unescaped semicolons and unescapes each part. */
    static List<String> components(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                part.append(next == 'n' || next == 'N' ? '\n' : next);
            } else if (c == ';') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private record Line(int number, String text) {
    }

    /**
     * Joins folded lines (a line starting with a space or tab continues the previous one) and vCard 2.1's
     * quoted-printable soft breaks (a QUOTED-PRINTABLE line ending in '=' continues on the next).
     */
    private static List<Line> unfold(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !lines.isEmpty()) {
                Line last = lines.removeLast();
                lines.add(new Line(last.number(), last.text() + line.substring(1)));
                continue;
            }
            int number = i + 1;
            while (line.endsWith("=") && line.toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE") && i + 1 < physical.length) {
                String next = physical[++i];
                line = line.substring(0, line.length() - 1) + (next.startsWith(" ") || next.startsWith("\t") ? next.substring(1) : next);
            }
            lines.add(new Line(number, line));
        }
        return lines;
    }

    /** One content line: its name (without a group prefix), its parameters and its decoded value. */
    private record Property(String name, List<String> parameters, String value) {

        static Property parse(String line) {
            int colon = valueStart(line);
            if (colon < 0) {
                return null;
            }
            String[] head = line.substring(0, colon).split(";");
            String name = head[0].substring(head[0].indexOf('.') + 1).strip().toUpperCase(Locale.ROOT);
            List<String> parameters = new ArrayList<>();
            for (int i = 1; i < head.length; i++) {
                parameters.add(head[i].strip());
            }
            String value = line.substring(colon + 1);
            if (parameters.stream().anyMatch(p -> p.equalsIgnoreCase("QUOTED-PRINTABLE") || p.equalsIgnoreCase("ENCODING=QUOTED-PRINTABLE"))) {
                value = quotedPrintable(value, charset(parameters));
            }
            return new Property(name, parameters, value);
        }

        /** The colon that ends the name and parameters (a quoted parameter value may hold one). */
        private static int valueStart(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return -1;
        }

        boolean hasType(String type) {
            for (String p : parameters) {
                String upper = p.toUpperCase(Locale.ROOT).replace("\"", "");
                String values = upper.startsWith("TYPE=") ? upper.substring(5) : upper; // 2.1 writes bare types
                for (String v : values.split(",")) {
                    if (v.strip().equals(type)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Charset charset(List<String> parameters) {
            for (String p : parameters) {
                if (p.toUpperCase(Locale.ROOT).startsWith("CHARSET=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        break; // an unknown name: the default below is the best guess
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }

        private static String quotedPrintable(String value, Charset charset) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '=' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(charset));
                }
            }
            return bytes.toString(charset);
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }
}
