package io.clientbench.quality;

import org.eclipse.osgi.util.NLS;

/** Localized texts of the quality checks and the duplicate reasons (messages.properties, messages_zh.properties). */
public final class QualityMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.quality.messages";

    public static String incomplete;
    public static String toBeConfirmed;
    public static String toBeCompleted;
    public static String flaggedStale;
    public static String notUpdated;
    public static String majorChangeNotSynced;
    public static String invalidPhone;
    public static String personalEmail;
    public static String budgetTooLarge;
    public static String historyMismatch;
    public static String potentialWithDeals;
    public static String negativeAmount;
    public static String contactPhone;
    public static String orderPhoneMismatch;
    public static String orderPhoneMismatchMore;
    public static String orderPhone;
    public static String reasonSameName;
    public static String reasonSamePhone;
    public static String reasonSimilarName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, QualityMessages.class);
    }

    private QualityMessages() {
    }

    /** A link's reasons in words: "same phone 13800138000, similar name 0.93". */
    public static String reasons(DuplicateScan.Link link) {
        return reasons(link, link.phone());
    }

    /** The reasons with the shared phone written as given (masked for the user's role). */
    public static String reasons(DuplicateScan.Link link, String phone) {
        StringBuilder text = new StringBuilder();
        for (DuplicateScan.Reason reason : link.reasons()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(switch (reason) {
                case SAME_NAME -> reasonSameName;
                case SAME_PHONE -> NLS.bind(reasonSamePhone, phone == null ? "" : phone).strip();
                case SIMILAR_NAME -> NLS.bind(reasonSimilarName, String.format("%.2f", link.nameSimilarity()));
            });
        }
        return text.toString();
    }
}
