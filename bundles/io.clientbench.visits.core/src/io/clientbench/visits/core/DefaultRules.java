package io.clientbench.visits.core;

import java.util.List;

import io.clientbench.model.Label;

/**
 * The cadences the branch sheets use today (requirements sheets 3 and 4), shipped as the defaults an admin edits.
 * A cadence with two parts (class B: a weekly call and an on-site visit every two weeks) is two rules.
 */
public final class DefaultRules {

    public static final String CLASS = "customerClass";
    public static final String IMPORTANCE = "userImportance";
    public static final String RELATIONSHIP = "relationshipGrade";

    private DefaultRules() {
    }

    public static List<CadenceRule> all() {
        return List.of(
                rule("A 类：每周至少上门一次或电话两次", "Class A: an on-site visit or two calls a week", CLASS, "A", 7, 1, 2, true, false, null),
                rule("B 类：每周电话一次", "Class B: a call a week", CLASS, "B", 7, 0, 1, false, false, null),
                rule("B 类：每两周上门一次", "Class B: an on-site visit every two weeks", CLASS, "B", 14, 1, 0, false, false, null),
                rule("C 类：每两周电话一次", "Class C: a call every two weeks", CLASS, "C", 14, 0, 1, false, false, null),
                rule("C 类：每月上门一次", "Class C: an on-site visit a month", CLASS, "C", 30, 1, 0, false, false, null),
                rule("重要用户：每周关怀、节日问候", "Important users: weekly care, holiday greetings", IMPORTANCE, "IMPORTANT", 7, 0, 1, false, true, null),
                rule("一般用户：每月关怀", "Ordinary users: monthly care", IMPORTANCE, "ORDINARY", 30, 0, 1, false, false, null),
                rule("S 级：每月高层拜访", "Grade S: a monthly executive visit", RELATIONSHIP, "S", 30, 1, 0, false, false, "销售总监"),
                rule("A 级：每季度两次深度沟通", "Grade A: two in-depth talks a quarter", RELATIONSHIP, "A", 90, 0, 2, false, false, null),
                rule("B 级：每月常规跟进", "Grade B: a monthly follow-up", RELATIONSHIP, "B", 30, 0, 1, false, false, null),
                rule("C 级：每季度批量触达", "Grade C: quarterly batch outreach", RELATIONSHIP, "C", 90, 0, 1, false, false, null));
    }

    private static CadenceRule rule(String zh, String en, String field, String value, int period, int onSite, int contacts,
            boolean either, boolean holidays, String ownerRole) {
        return new CadenceRule(new Label(zh, en), field, value, null, period, onSite, contacts, either, holidays, ownerRole);
    }
}
