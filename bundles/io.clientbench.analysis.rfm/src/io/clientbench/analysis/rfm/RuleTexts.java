package io.clientbench.analysis.rfm;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import io.clientbench.analysis.Figures;
import io.clientbench.analysis.Template;

/**
 * The translated text of each rule with its thresholds filled in. Grade thresholds depend on the industry average,
 * so grade texts are made once per industry group on first use; 100k customers share a handful of strings.
 */
final class RuleTexts {

    static final List<Supplier<String>> TAG_LABELS = List.of(() -> RfmMessages.tagVip, () -> RfmMessages.tagPotential,
            () -> RfmMessages.tagChurn, () -> RfmMessages.tagRegular);

    private final RfmRules rules;
    private final double[] averageM, averageF;
    private final String[][] grades;
    private final String[] tags;
    private final String[] tagLabels = new String[TAG_LABELS.size()];
    // per-customer texts: parsed once, not by NLS.bind per customer (see Template)
    private final Template figures = Template.of(RfmMessages.figures);
    private final Template explanation = Template.of(RfmMessages.explanation);
    private final Template explanationNoDeals = Template.of(RfmMessages.explanationNoDeals);

    RuleTexts(RfmRules rules, int groups, double[] averageM, double[] averageF) {
        this.rules = rules;
        this.averageM = averageM;
        this.averageF = averageF;
        grades = new String[groups][];
        tags = new String[] { NLS.bind(RfmMessages.ruleVip, new Object[] { rules.vipRecency(), rules.vipFrequency(),
                Figures.money(rules.vipMonetary()) }), NLS.bind(RfmMessages.rulePotential, rules.potentialRecency(), rules.potentialFrequency()),
                NLS.bind(RfmMessages.ruleChurn, rules.churnRecency()), RfmMessages.ruleRegular, RfmMessages.ruleRegularNone };
        for (int i = 0; i < tagLabels.length; i++) {
            tagLabels[i] = TAG_LABELS.get(i).get();
        }
    }

    /** @param rule an index into {@link RfmAnalysis#GRADE_RULES} */
    String grade(int group, int rule) {
        if (grades[group] == null) {
            double m = averageM[group], f = averageF[group];
            grades[group] = new String[] {
                    NLS.bind(RfmMessages.ruleS, new Object[] { rules.sRecency(), Figures.money(rules.sMonetaryThreshold(m)),
                            Figures.oneDecimal(rules.sFrequencyThreshold(f)), percent(rules.sMonetaryAbove()), percent(rules.sFrequencyAbove()) }),
                    NLS.bind(RfmMessages.ruleA, new Object[] { rules.aRecency(), Figures.money(rules.aMonetaryThreshold(m)),
                            Figures.oneDecimal(rules.aFrequencyThreshold(f)), percent(rules.aBand()) }),
                    NLS.bind(RfmMessages.ruleB, rules.bRecency()), NLS.bind(RfmMessages.ruleC, rules.bRecency()), RfmMessages.ruleCNone };
        }
        return grades[group][rule];
    }

    /** A customer's explanation: the rules that fired and its R/F/M figures, in the workbench's language. */
    String explanation(int group, int gradeRule, int tagRule, int r, int f, String m) {
        return explanation.fill(grade(group, gradeRule), tags[tagRule], figures.fill(r, f, m));
    }

    /** The explanation of a customer without deals (no figures). */
    String explanation(int group, int gradeRule, int tagRule) {
        return explanationNoDeals.fill(grade(group, gradeRule), tags[tagRule]);
    }

    /** @param rule an index into {@link RfmAnalysis#TAG_RULES} */
    String tag(int rule) {
        return tags[rule];
    }

    /** The translated tag of a tag index 0–3 (the no-deals rule tags 普通 too). */
    String tagLabel(int index) {
        return tagLabels[index];
    }

    private static String percent(double fraction) {
        return Figures.oneDecimal(fraction * 100);
    }
}
