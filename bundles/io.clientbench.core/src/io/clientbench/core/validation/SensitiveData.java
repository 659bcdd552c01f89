package io.clientbench.core.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds data the PIPL rules of the branches forbid to record: resident ID numbers (GB 11643, with their check digit)
 * and bank card numbers (16 to 19 digits passing the Luhn check). Checks make false alarms on order numbers rare.
 */
final class SensitiveData {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
    private static final Pattern CARD_NUMBER = Pattern.compile("(?<![0-9])(?:[0-9][ -]?){15,18}[0-9](?![0-9])");
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";

    private SensitiveData() {
    }

    static boolean containsIdNumber(String text) {
        if (!hasDigits(text, 17)) {
            return false;
        }
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            if (idChecksumHolds(m.group())) {
                return true;
            }
        }
        return false;
    }

    static boolean containsBankCard(String text) {
        if (!hasDigits(text, 16)) {
            return false;
        }
        Matcher m = CARD_NUMBER.matcher(text);
        while (m.find()) {
            if (luhn(m.group().replaceAll("[ -]", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has at least {@code count} ASCII digits: an ID number has 17 (and a digit or X), a card number 16
     * to 19, so text with fewer (almost every value an import checks) needs no regex scan.
     */
    private static boolean hasDigits(String text, int count) {
        int digits = 0;
        for (int i = 0, n = text.length(); i < n && digits < count; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= count;
    }

    private static boolean idChecksumHolds(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
