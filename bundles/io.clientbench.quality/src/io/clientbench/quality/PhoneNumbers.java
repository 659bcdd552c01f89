package io.clientbench.quality;

/**
 * Reduces a Chinese phone number to one canonical text, so that {@code +86 138-0013-8000}, {@code 0086 13800138000}
 * and {@code 138 0013 8000} compare equal, and {@code (010) 6552-1234}, {@code 010-65521234} and
 * {@code +86 10 6552 1234} do too: mobiles as their 11 digits, landlines as 0 + area code + number. An extension
 * (转 123, ext. 123, #123) is dropped: it names a desk, not the organisation.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** @return the canonical number, or null when the text holds no plausible phone number */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String digits = digitsBeforeExtension(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        boolean international = digits.startsWith("+") || digits.startsWith("00");
        digits = digits.replace("+", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
            international = true;
        } else if (digits.startsWith("86") && (digits.length() == 13 || international)) {
            digits = digits.substring(2);
            international = true;
        }
        if (digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3') {
            return digits; // a mobile
        }
        if (international && !digits.startsWith("0")) {
            digits = "0" + digits; // +86 10 … drops the trunk prefix of the area code
        }
        if (digits.startsWith("0") && digits.length() >= 10 && digits.length() <= 12) {
            return digits; // area code (2–3 digits after the 0) and a 7–8 digit number
        }
        if (!digits.startsWith("0") && (digits.length() == 7 || digits.length() == 8)) {
            return digits; // a local number without its area code: only equal to the same local number
        }
        if (digits.startsWith("400") && digits.length() == 10 || digits.startsWith("800") && digits.length() == 10) {
            return digits; // national service numbers
        }
        return null;
    }

    /** Whether the text is a number that {@link #normalize} understands. */
    public static boolean isValid(String text) {
        return normalize(text) != null;
    }

    /** Whether the canonical number is a mobile (a person's) rather than a landline (often an office switchboard). */
    public static boolean isMobile(String canonical) {
        return canonical != null && canonical.length() == 11 && canonical.charAt(0) == '1';
    }

    private static String digitsBeforeExtension(String text) {
        StringBuilder digits = new StringBuilder();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty()) {
                digits.append(c);
            } else if (c == '转' || c == '#' || c == 'x' || lower.startsWith("ext", i) || c == '分' || c == ',' || c == ';' || c == '/') {
                break; // an extension, or a second number: the first one counts
            }
        }
        return digits.toString();
    }
}
