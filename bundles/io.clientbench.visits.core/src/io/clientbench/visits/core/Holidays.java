package io.clientbench.visits.core;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.clientbench.model.Label;

/**
 * The holidays customers get greetings on: New Year, Labour Day and National Day by the calendar, and Spring Festival,
 * Dragon Boat and Mid-Autumn by the lunar calendar (a table of their Gregorian dates, 2024–2030; a year outside it
 * gets the calendar holidays only).
 */
public final class Holidays {

    public record Holiday(LocalDate date, Label name) {
    }

    private static final Map<MonthDay, Label> FIXED = Map.of(
            MonthDay.of(1, 1), new Label("元旦", "New Year's Day"),
            MonthDay.of(5, 1), new Label("劳动节", "Labour Day"),
            MonthDay.of(10, 1), new Label("国庆节", "National Day"));
    private static final Label SPRING = new Label("春节", "Spring Festival");
    private static final Label DRAGON_BOAT = new Label("端午节", "Dragon Boat Festival");
    private static final Label MID_AUTUMN = new Label("中秋节", "Mid-Autumn Festival");
    private static final Map<LocalDate, Label> LUNAR = Map.ofEntries(
            Map.entry(LocalDate.of(2024, 2, 10), SPRING), Map.entry(LocalDate.of(2024, 6, 10), DRAGON_BOAT), Map.entry(LocalDate.of(2024, 9, 17), MID_AUTUMN),
            Map.entry(LocalDate.of(2025, 1, 29), SPRING), Map.entry(LocalDate.of(2025, 5, 31), DRAGON_BOAT), Map.entry(LocalDate.of(2025, 10, 6), MID_AUTUMN),
            Map.entry(LocalDate.of(2026, 2, 17), SPRING), Map.entry(LocalDate.of(2026, 6, 19), DRAGON_BOAT), Map.entry(LocalDate.of(2026, 9, 25), MID_AUTUMN),
            Map.entry(LocalDate.of(2027, 2, 6), SPRING), Map.entry(LocalDate.of(2027, 6, 9), DRAGON_BOAT), Map.entry(LocalDate.of(2027, 9, 15), MID_AUTUMN),
            Map.entry(LocalDate.of(2028, 1, 26), SPRING), Map.entry(LocalDate.of(2028, 5, 28), DRAGON_BOAT), Map.entry(LocalDate.of(2028, 10, 3), MID_AUTUMN),
            Map.entry(LocalDate.of(2029, 2, 13), SPRING), Map.entry(LocalDate.of(2029, 6, 16), DRAGON_BOAT), Map.entry(LocalDate.of(2029, 9, 22), MID_AUTUMN),
            Map.entry(LocalDate.of(2030, 2, 3), SPRING), Map.entry(LocalDate.of(2030, 6, 5), DRAGON_BOAT), Map.entry(LocalDate.of(2030, 9, 12), MID_AUTUMN));

    private Holidays() {
    }

    /** The month's holidays, by date. */
    public static List<Holiday> in(YearMonth month) {
        List<Holiday> holidays = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            Label name = FIXED.get(MonthDay.from(date));
            if (name == null) {
                name = LUNAR.get(date);
            }
            if (name != null) {
                holidays.add(new Holiday(date, name));
            }
        }
        return holidays;
    }
}
