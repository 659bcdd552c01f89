package io.clientbench.visits.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.clientbench.visits.core.DefaultRules;
import io.clientbench.visits.core.PlanItem;
import io.clientbench.visits.core.PlannedCustomer;
import io.clientbench.visits.core.Touch;
import io.clientbench.visits.core.VisitPlanner;

/**
 * Issue 5, acceptance 3: the iCalendar export passes a strict RFC 5545 reader (written here: ical4j is not on the
 * target), and the XLSX export opens in POI with the plan's rows.
 */
class PlanExportTest {

    private static final String AWKWARD_NAME = "成都建工集团,西区分公司;造价部（含\"引号\"与很长很长很长很长很长很长很长很长的名称）";

    private static List<PlanItem> items() {
        PlannedCustomer customer = new PlannedCustomer(7, AWKWARD_NAME, "李娜", Map.of(DefaultRules.CLASS, "B",
                DefaultRules.IMPORTANCE, "IMPORTANT"), Set.of(), List.of(new Touch(LocalDate.of(2026, 9, 20), true),
                        new Touch(LocalDate.of(2026, 10, 3), false)), Map.of("张工", java.time.MonthDay.of(10, 12)));
        return new VisitPlanner(DefaultRules.all()).plan(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 16), List.of(customer)).items();
    }

    @Test
    void theICalendarFilePassesAStrictReader() throws Exception {
        List<PlanItem> items = items();
        StringWriter out = new StringWriter();
        ICalendarWriter.write(items, "李娜", Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-10-16T08:30:00Z"), out);
        String file = out.toString();

        assertTrue(file.endsWith("\r\n"), "CRLF line ends");
        List<String> logical = new ArrayList<>();
        for (String physical : file.substring(0, file.length() - 2).split("\r\n", -1)) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + physical);
            assertTrue(physical.indexOf('\n') < 0 && physical.indexOf('\r') < 0, "no bare line break");
            if (physical.startsWith(" ")) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + physical.substring(1));
            } else {
                logical.add(physical);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> calendar = new LinkedHashMap<>();
        for (String line : logical) {
            assertTrue(line.matches("[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:\"]*)*:.*"), "a content line: " + line);
            String name = line.substring(0, line.indexOf(':')).split(";")[0];
            String value = line.substring(line.indexOf(':') + 1);
            if (name.equals("BEGIN")) {
                open.push(value);
                if (value.equals("VEVENT")) {
                    assertEquals("VCALENDAR", open.toArray()[1], "events inside the calendar");
                    events.add(new LinkedHashMap<>());
                }
            } else if (name.equals("END")) {
                assertEquals(open.pop(), value, "BEGIN and END nest");
            } else {
                Map<String, String> properties = "VEVENT".equals(open.peek()) ? events.get(events.size() - 1) : calendar;
                assertTrue(properties.put(line.substring(0, line.indexOf(':')), value) == null, "one of each property: " + line);
            }
        }
        assertTrue(open.isEmpty());
        assertEquals("2.0", calendar.get("VERSION"));
        assertTrue(calendar.containsKey("PRODID"));
        assertEquals(items.size(), events.size());
        Set<String> uids = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Map<String, String> event = events.get(i);
            assertTrue(uids.add(event.get("UID")), "unique UID");
            assertTrue(event.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
            LocalDate start = LocalDate.parse(event.get("DTSTART;VALUE=DATE"), DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(items.get(i).due(), start);
            assertEquals(start.plusDays(1), LocalDate.parse(event.get("DTEND;VALUE=DATE"), DateTimeFormatter.BASIC_ISO_DATE));
            String summary = unescape(event.get("SUMMARY"));
            assertTrue(summary.endsWith(": " + AWKWARD_NAME), summary);
            assertTrue(unescape(event.get("DESCRIPTION")).contains("\n"), "line breaks escaped and back");
        }
        assertTrue(events.stream().anyMatch(e -> unescape(e.get("SUMMARY")).startsWith("节日问候")), "National Day greeting");
        assertTrue(events.stream().anyMatch(e -> unescape(e.get("SUMMARY")).startsWith("生日问候")), "张工's birthday");
    }

    /** TEXT unescaping, refusing an unknown escape as a strict reader does. */
    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertTrue(c != ';' && c != ',' || i > 0 && text.charAt(i - 1) == '\\', "unescaped separator in " + text);
            if (c == '\\') {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 'n', 'N' -> '\n';
                    case '\\', ';', ',' -> next;
                    default -> throw new AssertionError("bad escape \\" + next);
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    @Test
    void theWorkbookOpensWithThePlansRows() throws Exception {
        List<PlanItem> items = items();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(items, "李娜", Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("拜访计划 李娜");
            assertEquals("日期", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("事项", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(items.size(), sheet.getLastRowNum());
            for (int r = 1; r <= items.size(); r++) {
                PlanItem item = items.get(r - 1);
                assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(r).getCell(0)), "a real date");
                assertEquals(item.due(), sheet.getRow(r).getCell(0).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(AWKWARD_NAME, sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertTrue(List.of("已完成", "延迟完成", "已逾期", "计划中").contains(sheet.getRow(1).getCell(4).getStringCellValue()));
        }
    }
}
