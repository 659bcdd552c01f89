package io.clientbench.visits.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clientbench.model.Label;
import io.clientbench.visits.core.PlanItem.Kind;
import io.clientbench.visits.core.PlanItem.Status;

/**
 * Issue 5, acceptance 1: each default rule over a month with known visits gives the expected due and overdue dates;
 * changing a rule changes the plan. November 2026, planned on the 16th.
 */
class VisitPlannerTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    private static PlannedCustomer customer(String field, String value, Touch... touches) {
        return new PlannedCustomer(1, "成都建工", "李娜", Map.of(field, value), Set.of(), List.of(touches), Map.of());
    }

    private static Touch onSite(LocalDate date) {
        return new Touch(date, true);
    }

    private static Touch call(LocalDate date) {
        return new Touch(date, false);
    }

    /** The items of one kind as "due status [done]" lines, to compare whole. */
    private static List<String> lines(VisitPlanner.Plan plan, Kind kind) {
        return plan.items().stream().filter(i -> i.kind() == kind)
                .map(i -> i.due().getDayOfMonth() + " " + i.status() + (i.doneOn() == null ? "" : " " + i.doneOn().getDayOfMonth())).toList();
    }

    private static VisitPlanner.Plan plan(PlannedCustomer customer) {
        return new VisitPlanner(DefaultRules.all()).plan(NOVEMBER, TODAY, List.of(customer));
    }

    @Test
    void classAOneOnSiteVisitOrTwoCallsAWeek() {
        VisitPlanner.Plan plan = plan(customer("customerClass", "A", onSite(oct(30)), call(nov(9)), call(nov(10))));
        // due a week after the visit, met late by a call (a call covers half a week, rounded to 4 days), then early by
        // the next; nothing since, so the 14th is overdue and the rest planned a week apart
        assertEquals(List.of("6 DONE_LATE 9", "13 DONE 10", "14 OVERDUE", "21 PLANNED", "28 PLANNED"), lines(plan, Kind.ON_SITE_OR_CALLS));
    }

    @Test
    void classBAWeeklyCallAndAnOnSiteVisitEveryTwoWeeks() {
        VisitPlanner.Plan plan = plan(customer("customerClass", "B", onSite(oct(20)), call(nov(4))));
        assertEquals(List.of("1 DONE_LATE 4", "11 OVERDUE", "18 PLANNED", "25 PLANNED"), lines(plan, Kind.CONTACT),
                "behind since October: due on the 1st, met by the call on the 4th");
        assertEquals(List.of("3 OVERDUE", "17 PLANNED"), lines(plan, Kind.ON_SITE), "a call does not count as an on-site visit");
    }

    @Test
    void classCACallEveryTwoWeeksAndAnOnSiteVisitAMonth() {
        VisitPlanner.Plan plan = plan(customer("customerClass", "C", onSite(nov(2)), call(nov(12))));
        assertEquals(List.of("1 DONE_LATE 2", "16 DONE 12", "26 PLANNED"), lines(plan, Kind.CONTACT),
                "no contact before November: due on the 1st; the on-site visit counts as a contact too");
        assertEquals(List.of("1 DONE_LATE 2"), lines(plan, Kind.ON_SITE), "the next on-site visit is due in December");
    }

    @Test
    void importantUsersWeeklyCareAndHolidayGreetingsOrdinaryUsersMonthlyCare() {
        VisitPlanner planner = new VisitPlanner(DefaultRules.all());
        VisitPlanner.Plan october = planner.plan(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 10),
                List.of(customer("userImportance", "IMPORTANT", call(LocalDate.of(2026, 9, 28)))));
        assertEquals(List.of("5 OVERDUE", "12 PLANNED", "19 PLANNED", "26 PLANNED"), lines(october, Kind.CONTACT));
        assertEquals(List.of("1 OVERDUE"), lines(october, Kind.HOLIDAY_GREETING), "National Day, already past");
        assertEquals("国庆节", october.items().stream().filter(i -> i.kind() == Kind.HOLIDAY_GREETING).findFirst().orElseThrow().reason().zh());

        assertEquals(List.of("19 PLANNED"), lines(plan(customer("userImportance", "ORDINARY", call(oct(20)))), Kind.CONTACT));
        assertEquals(List.of(), lines(plan(customer("userImportance", "ORDINARY", call(oct(20)))), Kind.HOLIDAY_GREETING));
    }

    @Test
    void gradesSABCOfTheRelationshipSheet() {
        VisitPlanner.Plan s = plan(customer("relationshipGrade", "S", onSite(LocalDate.of(2026, 7, 1))));
        assertEquals(List.of("1 OVERDUE"), lines(s, Kind.ON_SITE), "the monthly executive visit, behind since August");
        assertEquals(List.of(1L), s.noOnSiteFor3Months(), "no on-site visit since July: flagged");
        assertEquals(List.of("4 OVERDUE"), lines(plan(customer("relationshipGrade", "A", call(LocalDate.of(2026, 9, 20)))), Kind.CONTACT),
                "two talks a quarter: one every 45 days");
        assertEquals(List.of("24 PLANNED"), lines(plan(customer("relationshipGrade", "B", call(oct(25)))), Kind.CONTACT));
        assertEquals(List.of("30 PLANNED"), lines(plan(customer("relationshipGrade", "C", call(LocalDate.of(2026, 9, 1)))), Kind.CONTACT));
        VisitPlanner.Plan visited = plan(customer("relationshipGrade", "S", onSite(oct(20))));
        assertEquals(List.of("19 PLANNED"), lines(visited, Kind.ON_SITE));
        assertEquals(List.of(), visited.noOnSiteFor3Months());
    }

    @Test
    void changingARuleChangesThePlan() {
        PlannedCustomer classA = customer("customerClass", "A", onSite(oct(30)), call(nov(9)), call(nov(10)));
        List<CadenceRule> everyTwoWeeks = DefaultRules.all().stream()
                .map(r -> "A".equals(r.value()) && DefaultRules.CLASS.equals(r.field()) ? r.withCadence(14, 1, 2) : r).toList();
        VisitPlanner.Plan plan = new VisitPlanner(everyTwoWeeks).plan(NOVEMBER, TODAY, List.of(classA));
        assertEquals(List.of("13 DONE 9", "16 DONE 10", "17 PLANNED"), lines(plan, Kind.ON_SITE_OR_CALLS));
    }

    @Test
    void theAdminsChangesAreKeptAsOverridesOfTheDefaults() {
        List<CadenceRule> defaults = DefaultRules.all();
        List<CadenceRule> edited = new java.util.ArrayList<>(defaults);
        edited.set(0, defaults.get(0).withCadence(14, 1, 2));
        String kept = RuleOverrides.encode(defaults, edited);
        assertEquals("0:14:1:2", kept, "only the changed rule is kept");
        assertEquals(edited, RuleOverrides.apply(defaults, kept));
        assertEquals(defaults, RuleOverrides.apply(defaults, ""));
        assertEquals(defaults, RuleOverrides.apply(defaults, "0:x:1:2;99:7:1:1;garbage;3:0:1:1"),
                "unreadable, unknown and impossible (a 0-day period) changes fall back to the defaults");
        PlannedCustomer classA = customer("customerClass", "A", onSite(oct(30)), call(nov(9)), call(nov(10)));
        assertEquals(List.of("13 DONE 9", "16 DONE 10", "17 PLANNED"),
                lines(new VisitPlanner(RuleOverrides.apply(defaults, kept)).plan(NOVEMBER, TODAY, List.of(classA)), Kind.ON_SITE_OR_CALLS));
    }

    @Test
    void aRuleBoundToATagAndTheContactsBirthdays() {
        CadenceRule keyCustomers = new CadenceRule(new Label("重点客户：每周联系", "Key customers: weekly contact"), null, null, "重点客户",
                7, 0, 1, false, false, null);
        PlannedCustomer tagged = new PlannedCustomer(2, "华西集团", "王强", Map.of(), Set.of("重点客户"), List.of(call(nov(10))),
                Map.of("张工", MonthDay.of(11, 20), "刘总", MonthDay.of(3, 8)));
        PlannedCustomer untagged = new PlannedCustomer(3, "蜀道投资", "王强", Map.of(), Set.of(), List.of(), Map.of());
        VisitPlanner.Plan plan = new VisitPlanner(List.of(keyCustomers)).plan(NOVEMBER, TODAY, List.of(tagged, untagged));
        assertEquals(List.of("1 DONE_LATE 10", "17 PLANNED", "24 PLANNED"), lines(plan, Kind.CONTACT));
        assertTrue(plan.items().stream().filter(i -> i.kind() == Kind.CONTACT).allMatch(i -> i.customerId() == 2));
        assertEquals(List.of("20 PLANNED"), lines(plan, Kind.BIRTHDAY));
        assertEquals("张工", plan.items().stream().filter(i -> i.kind() == Kind.BIRTHDAY).findFirst().orElseThrow().reason().zh());
        assertEquals(List.of(2L, 3L), plan.noOnSiteFor3Months());
        assertEquals(Status.DONE_LATE, plan.items().get(0).status());
    }

    @Test
    void anAdminsOwnRulesBindToAnyGradeOrTagAndSurviveTheirPreference() {
        List<CadenceRule> added = List.of(
                CustomRules.rule("市场空间 A：每月上门四次", "marketSpaceClass", "A", null, 30, 4, 0, false, false),
                CustomRules.rule("重点客户：每周联系", null, null, "重点客户", 7, 0, 1, false, true));
        String kept = CustomRules.encode(added);
        assertEquals(added, CustomRules.decode(kept));
        assertEquals(List.of(added.get(1)), CustomRules.decode("garbage\n市场\tmarketSpaceClass\tA\t\tx\t4\t0\tfalse\tfalse\n"
                + kept.split("\n")[1]), "a damaged line loses that rule only");
        assertEquals(java.util.Set.of("marketSpaceClass"), CustomRules.fields(added));
        PlannedCustomer growth = new PlannedCustomer(4, "成都高新建设", "李娜", Map.of("marketSpaceClass", "A"), Set.of(), List.of(onSite(nov(3))), Map.of());
        VisitPlanner.Plan plan = new VisitPlanner(added).plan(NOVEMBER, TODAY, List.of(growth));
        assertEquals(4, plan.items().stream().filter(i -> i.customerId() == 4 && i.kind() == Kind.ON_SITE).count(),
                "four on-site visits a month: " + plan.items());
    }
}
