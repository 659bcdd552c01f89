package io.clientbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes contacts as vCard 3.0 (what phones and mail programs import): UTF-8, text escaped ({@code \\ \, \; \n}),
 * lines folded at 75 octets without splitting a character's UTF-8 bytes.
 */
public final class VCardWriter {

    private static final int FOLD_OCTETS = 75;

    /** One contact; any value may be null. */
    public record Card(String name, String organization, String title, String mobile, String phone, String email,
            LocalDate birthday, String address) {
    }

    private VCardWriter() {
    }

    public static void write(List<Card> cards, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Card card : cards) {
            line(writer, "BEGIN:VCARD");
            line(writer, "VERSION:3.0");
            line(writer, "FN:" + escape(card.name()));
            // N is required in 3.0; the full name as the family part keeps a Chinese name whole
            line(writer, "N:" + escape(card.name()) + ";;;;");
            property(writer, "ORG", card.organization());
            property(writer, "TITLE", card.title());
            property(writer, "TEL;TYPE=CELL", card.mobile());
            property(writer, "TEL;TYPE=WORK,VOICE", card.phone());
            property(writer, "EMAIL;TYPE=INTERNET", card.email());
            if (card.birthday() != null) {
                line(writer, "BDAY:" + card.birthday());
            }
            if (card.address() != null && !card.address().isBlank()) {
                line(writer, "ADR;TYPE=WORK:;;" + escape(card.address()) + ";;;;");
            }
            line(writer, "END:VCARD");
        }
        writer.flush();
    }

    private static void property(Writer writer, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            line(writer, name + ":" + escape(value));
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes one content line folded: CRLF and a space before each further piece of at most 74 octets. */
    static void line(Writer writer, String text) throws IOException {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                writer.write("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1; // the leading space counts
            }
            writer.write(Character.toChars(codePoint));
            octets += size;
            i += Character.charCount(codePoint);
        }
        writer.write("\r\n");
    }
}
