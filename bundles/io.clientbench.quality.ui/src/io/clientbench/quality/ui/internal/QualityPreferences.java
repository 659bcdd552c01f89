package io.clientbench.quality.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.clientbench.quality.DuplicateScan;
import io.clientbench.quality.QualityChecks;

/**
 * The data-quality rules a branch tunes (Window &gt; Preferences &gt; Clientbench &gt; Data Quality), kept in the
 * instance scope under {@value #QUALIFIER}; a key not set means the rule's default in {@link QualityChecks.Settings#DEFAULT}
 * and {@link DuplicateScan.Settings#DEFAULT}. Read at each scan, so a change applies to the next Scan.
 */
public final class QualityPreferences {

    public static final String QUALIFIER = "io.clientbench.quality";
    /** Days without an update after which a customer is stale (the sheets: "update at least monthly"). */
    public static final String STALE_DAYS = "staleDays";
    /** Hours within which a major change (a follow-up recording a strategy change) must reach the customer record. */
    public static final String MAJOR_CHANGE_HOURS = "majorChangeHours";
    /** Completeness (percent) under which a customer is reported incomplete. */
    public static final String COMPLETENESS_PERCENT = "completenessPercent";
    /** Name similarity (percent) two customers sharing a phone need to be called duplicates. */
    public static final String SAME_PHONE_SIMILARITY = "samePhoneSimilarity";
    /** Name similarity (percent) enough on its own. */
    public static final String NAME_SIMILARITY = "nameSimilarity";

    /** Every key, in the order the preference page shows them. */
    static final java.util.List<String> KEYS = java.util.List.of(STALE_DAYS, MAJOR_CHANGE_HOURS, COMPLETENESS_PERCENT, SAME_PHONE_SIMILARITY,
            NAME_SIMILARITY);

    private QualityPreferences() {
    }

    public static int defaultOf(String key) {
        QualityChecks.Settings checks = QualityChecks.Settings.DEFAULT;
        DuplicateScan.Settings duplicates = DuplicateScan.Settings.DEFAULT;
        return switch (key) {
            case STALE_DAYS -> checks.staleDays();
            case MAJOR_CHANGE_HOURS -> (int) checks.majorChangeSync().toHours();
            case COMPLETENESS_PERCENT -> (int) Math.round(checks.completenessThreshold() * 100);
            case SAME_PHONE_SIMILARITY -> (int) Math.round(duplicates.phoneThreshold() * 100);
            case NAME_SIMILARITY -> (int) Math.round(duplicates.nameOnlyThreshold() * 100);
            default -> throw new IllegalArgumentException(key);
        };
    }

    public static int get(String key) {
        return node().getInt(key, defaultOf(key));
    }

    /** The checks' settings as the user set them. */
    public static QualityChecks.Settings checks() {
        QualityChecks.Settings defaults = QualityChecks.Settings.DEFAULT;
        return new QualityChecks.Settings(get(STALE_DAYS), Duration.ofHours(get(MAJOR_CHANGE_HOURS)), get(COMPLETENESS_PERCENT) / 100.0,
                defaults.budgetCapBySize());
    }

    /** The duplicate scan's settings as the user set them. */
    public static DuplicateScan.Settings duplicates() {
        DuplicateScan.Settings defaults = DuplicateScan.Settings.DEFAULT;
        return new DuplicateScan.Settings(get(SAME_PHONE_SIMILARITY) / 100.0, get(NAME_SIMILARITY) / 100.0, defaults.sharedPhoneLimit(),
                defaults.commonBigramLimit());
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }
}
