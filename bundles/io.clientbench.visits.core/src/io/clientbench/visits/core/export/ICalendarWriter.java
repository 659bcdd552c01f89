package io.clientbench.visits.core.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.clientbench.visits.core.PlanItem;

/**
 * Writes plan items as an iCalendar file (RFC 5545) that calendar programs open: one all-day VEVENT per item, with a
 * stable UID (re-importing updates instead of duplicating), text escaped, lines folded at 75 octets without splitting
 * a UTF-8 character, CRLF line ends.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private ICalendarWriter() {
    }

    /**
     * @param title what calendar programs call the calendar (e.g. the rep's name)
     * @param stamp when the file is made (DTSTAMP)
     */
    public static void write(List<PlanItem> items, String title, Locale locale, Instant stamp, Writer out) throws IOException {
        PlanLabels labels = new PlanLabels(locale);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Clientbench//Visit plan//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(labels.get("calendar", title)));
        for (PlanItem item : items) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + item.customerId() + "-" + item.kind().name().toLowerCase(Locale.ROOT) + "-" + DATE.format(item.due())
                    + "-" + Integer.toHexString(item.reason().zh().hashCode()) + "@clientbench");
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(item.due()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(item.due().plusDays(1)));
            line(out, "SUMMARY:" + text(labels.kind(item.kind()) + ": " + item.customerName()));
            line(out, "DESCRIPTION:" + text(description(item, labels)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        out.flush();
    }

    private static String description(PlanItem item, PlanLabels labels) {
        String reason = item.reason().text(labels.locale());
        LocalDate done = item.doneOn();
        return labels.status(item.status()) + (done == null ? "" : " " + done) + "\n" + reason
                + (item.owner() == null ? "" : "\n" + labels.get("column.owner") + ": " + item.owner());
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets (a continuation starts with a space), never inside a character. */
    private static void line(Writer out, String content) throws IOException {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.write("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation counts
            }
            out.write(Character.toChars(codePoint));
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.write("\r\n");
    }
}
