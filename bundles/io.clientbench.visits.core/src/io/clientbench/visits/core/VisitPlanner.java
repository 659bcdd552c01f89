package io.clientbench.visits.core;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.clientbench.model.Label;
import io.clientbench.visits.core.PlanItem.Kind;
import io.clientbench.visits.core.PlanItem.Status;

/**
 * Generates a month's visit plan from cadence rules and the contacts so far. Each rule's requirement is a chain of due
 * dates: the next is due one "cover" after the contact that met the last (a period divided by the count asked for, so
 * "two calls a week" is a call every 4 days), or after the last due date when nothing met it. A due date is done when
 * a qualifying contact falls on or before it (late when after it), overdue when it has passed without one. Holidays
 * and the contacts' birthdays add greetings. Linear in customers × rules × contacts; no store, no UI.
 */
public final class VisitPlanner {

    /** Customers with no on-site visit for this long are flagged. */
    public static final int NO_ON_SITE_MONTHS = 3;

    private final List<CadenceRule> rules;

    public VisitPlanner(List<CadenceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The plan: every item of the month by date, and the customers not visited on site for three months by today. */
    public record Plan(YearMonth month, List<PlanItem> items, List<Long> noOnSiteFor3Months) {
    }

    public Plan plan(YearMonth month, LocalDate today, List<PlannedCustomer> customers) {
        List<PlanItem> items = new ArrayList<>();
        List<Long> notVisited = new ArrayList<>();
        List<Holidays.Holiday> holidays = Holidays.in(month);
        for (PlannedCustomer customer : customers) {
            List<Touch> touches = new ArrayList<>(customer.touches());
            touches.sort(Comparator.comparing(Touch::date));
            boolean greetings = false;
            for (CadenceRule rule : rules) {
                if (!rule.appliesTo(customer.values(), customer.tags())) {
                    continue;
                }
                greetings |= rule.holidayGreetings();
                if (rule.eitherSuffices()) {
                    chain(items, month, today, customer, touches, rule, Kind.ON_SITE_OR_CALLS);
                } else {
                    if (rule.onSiteVisits() > 0) {
                        chain(items, month, today, customer, touches, rule, Kind.ON_SITE);
                    }
                    if (rule.contacts() > 0) {
                        chain(items, month, today, customer, touches, rule, Kind.CONTACT);
                    }
                }
            }
            if (greetings) {
                for (Holidays.Holiday holiday : holidays) {
                    items.add(new PlanItem(customer.id(), customer.name(), customer.owner(), holiday.date(), Kind.HOLIDAY_GREETING,
                            holiday.date().isBefore(today) ? Status.OVERDUE : Status.PLANNED, null, holiday.name()));
                }
            }
            for (Map.Entry<String, MonthDay> birthday : customer.birthdays().entrySet()) {
                if (birthday.getValue().getMonthValue() == month.getMonthValue() && birthday.getValue().isValidYear(month.getYear())) {
                    LocalDate date = birthday.getValue().atYear(month.getYear());
                    items.add(new PlanItem(customer.id(), customer.name(), customer.owner(), date, Kind.BIRTHDAY,
                            date.isBefore(today) ? Status.OVERDUE : Status.PLANNED, null, new Label(birthday.getKey(), birthday.getKey())));
                }
            }
            LocalDate lastOnSite = customer.lastOnSite();
            if (lastOnSite == null || lastOnSite.isBefore(today.minusMonths(NO_ON_SITE_MONTHS))) {
                notVisited.add(customer.id());
            }
        }
        return new Plan(month, byDay(month, items), List.copyOf(notVisited));
    }

    /**
     * Orders the items by date in one pass (every item falls in the month): a bucket per day keeps, within a day, the
     * order the customers were given in. A comparison sort of the ~7 items per customer of a whole branch took a
     * noticeable part of the plan's time.
     */
    private static List<PlanItem> byDay(YearMonth month, List<PlanItem> items) {
        int[] perDay = new int[month.lengthOfMonth() + 1];
        for (PlanItem item : items) {
            perDay[item.due().getDayOfMonth()]++;
        }
        int[] next = new int[perDay.length];
        for (int day = 1; day < perDay.length; day++) {
            next[day] = next[day - 1] + perDay[day - 1];
        }
        PlanItem[] ordered = new PlanItem[items.size()];
        for (PlanItem item : items) {
            ordered[next[item.due().getDayOfMonth()]++] = item;
        }
        return List.of(ordered);
    }

    /** Days one contact covers: the period divided by how many are asked for, at least one. */
    private static int cover(CadenceRule rule, boolean onSite, Kind kind) {
        int count = switch (kind) {
            case ON_SITE -> rule.onSiteVisits();
            case ON_SITE_OR_CALLS -> onSite ? rule.onSiteVisits() : rule.contacts();
            default -> rule.contacts();
        };
        return count == 0 ? 0 : Math.max(1, (int) Math.round(rule.periodDays() / (double) count));
    }

    private static boolean counts(Touch touch, Kind kind) {
        return kind != Kind.ON_SITE || touch.onSite();
    }

    private static void chain(List<PlanItem> items, YearMonth month, LocalDate today, PlannedCustomer customer, List<Touch> touches,
            CadenceRule rule, Kind kind) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        int next = 0;
        LocalDate due = start;
        // where the chain stands at the month's start: one cover after the last qualifying contact before it
        for (; next < touches.size() && touches.get(next).date().isBefore(start); next++) {
            Touch touch = touches.get(next);
            if (counts(touch, kind) && cover(rule, touch.onSite(), kind) > 0) {
                due = touch.date().plusDays(cover(rule, touch.onSite(), kind));
            }
        }
        if (due.isBefore(start)) {
            due = start; // behind since before this month: due at its start (and overdue if that has passed)
        }
        int fallback = cover(rule, kind == Kind.ON_SITE || kind == Kind.ON_SITE_OR_CALLS, kind);
        while (!due.isAfter(end)) {
            Touch met = null;
            while (next < touches.size() && !touches.get(next).date().isAfter(end)) {
                Touch touch = touches.get(next++);
                if (counts(touch, kind) && cover(rule, touch.onSite(), kind) > 0) {
                    met = touch;
                    break;
                }
            }
            if (met != null) {
                Status status = met.date().isAfter(due) ? Status.DONE_LATE : Status.DONE;
                items.add(new PlanItem(customer.id(), customer.name(), customer.owner(), due, kind, status, met.date(), rule.name()));
                LocalDate after = met.date().plusDays(cover(rule, met.onSite(), kind));
                due = after.isAfter(due) ? after : due.plusDays(1);
            } else {
                items.add(new PlanItem(customer.id(), customer.name(), customer.owner(), due, kind,
                        due.isBefore(today) ? Status.OVERDUE : Status.PLANNED, null, rule.name()));
                due = due.plusDays(fallback);
            }
        }
    }
}
