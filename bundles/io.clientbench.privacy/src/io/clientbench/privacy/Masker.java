package io.clientbench.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks one value by the kind of personal data it is (the sheets' rule: a name as 张*, a phone as 138****5678). The
 * result never lets the whole value be rebuilt: at least four digits of a phone and every character of a name but the
 * first are hidden. Pure functions, no state.
 */
public final class Masker {

    public static final String NAME = "name";
    public static final String PHONE = "phone";
    /** E-mail, QQ, WeChat: how to reach a person. */
    public static final String CONTACT = "contact";
    public static final String ADDRESS = "address";

    private static final char STAR = '*';
    private static final Pattern COUNTRY = Pattern.compile("^(\\+\\s*86|0086)[\\s-]*");
    /** An area code (0 and 2–3 digits) with a separator before the local number: 010-12345678, (0755) 1234567. */
    private static final Pattern AREA = Pattern.compile("^(\\(?0\\d{2,3}\\)?)([\\s-]+)(.+)$");

    /** A mobile (11 digits from 13…19…) or a landline with its area code, not part of a longer number. */
    private static final Pattern PHONE_IN_TEXT = Pattern.compile(
            "(?<![0-9])(?:(?:\\+\\s*86|0086)[\\s-]*)?(?:1[3-9][0-9](?:[\\s-]?[0-9]{4}){2}|0[0-9]{2,3}[\\s-]?[0-9]{7,8})(?![0-9])");
    /** What a masked phone leaves in a text: four stars or more. */
    public static final String MASK_MARK = "****";

    private Masker() {
    }

    /**
     * Masks the phone numbers written inside a free text (a note "called 13812345678"): a field without a masking of
     * its own can still hold personal data. Names in free text cannot be told from other words and stay.
     */
    public static String scrub(String text) {
        if (text == null || text.length() < 7) {
            return text;
        }
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 7; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        if (digits < 7) {
            return text; // the common case, decided without a regex
        }
        Matcher phone = PHONE_IN_TEXT.matcher(text);
        if (!phone.find()) {
            return text;
        }
        StringBuilder scrubbed = new StringBuilder(text.length());
        do {
            phone.appendReplacement(scrubbed, Matcher.quoteReplacement(phone(phone.group())));
        } while (phone.find());
        phone.appendTail(scrubbed);
        return scrubbed.toString();
    }

    /**
     * The masked form of a value of a field with this masking kind; null and blank values come back unchanged, a list
     * element by element, an unknown kind (an admin's own) wholly.
     */
    public static Object mask(String kind, Object value) {
        return switch (value) {
            case null -> null;
            case List<?> list -> list.stream().map(v -> mask(kind, v)).toList();
            default -> mask(kind, String.valueOf(value));
        };
    }

    public static String mask(String kind, String value) {
        if (value == null || value.isBlank() || kind == null || kind.isBlank()) {
            return value;
        }
        String text = value.strip();
        return switch (kind) {
            case NAME -> name(text);
            case PHONE -> phone(text);
            case CONTACT -> contact(text);
            case ADDRESS -> address(text);
            default -> "****";
        };
    }

    /** First character, then one * per remaining character; a one-character name is all hidden. */
    static String name(String text) {
        int[] points = text.codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        return new String(points, 0, 1) + String.valueOf(STAR).repeat(points.length - 1);
    }

    /** 138****5678, +86 138****5678, 010-****5678: the country prefix and area code kept, the middle digits hidden. */
    static String phone(String text) {
        String prefix = "";
        Matcher country = COUNTRY.matcher(text);
        if (country.find()) {
            prefix = country.group();
            text = text.substring(country.end());
        } else if (text.matches("861[3-9]\\d{9}")) {
            prefix = "86";
            text = text.substring(2);
        }
        Matcher area = AREA.matcher(text);
        if (area.matches()) {
            return prefix + area.group(1) + area.group(2) + digits(area.group(3));
        }
        return prefix + digits(text);
    }

    /**
     * Hides digits by position, keeping separators: the last four (fewer in a short number) and up to three at the
     * front stay, but never fewer than four are hidden (all of them in a number of four digits or less).
     */
    private static String digits(String text) {
        int count = (int) text.chars().filter(Character::isDigit).count();
        int tail = Math.min(4, Math.max(0, count - 4));
        int head = Math.min(3, Math.max(0, count - 4 - tail));
        StringBuilder masked = new StringBuilder(text.length());
        int index = 0;
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(index < head || index >= count - tail ? c : STAR);
                index++;
            } else {
                masked.append(Character.isLetter(c) ? STAR : c);
            }
        }
        return masked.toString();
    }

    /** z***@corp.cn for an e-mail; an id (QQ, WeChat) keeps two characters at each end when long enough. */
    static String contact(String text) {
        int at = text.indexOf('@');
        if (at > 0) {
            return text.substring(0, Character.charCount(text.codePointAt(0))) + "***" + text.substring(at);
        }
        int[] points = text.codePoints().toArray();
        if (points.length >= 7) {
            return new String(points, 0, 2) + "*".repeat(points.length - 4) + new String(points, points.length - 2, 2);
        }
        return points.length == 1 ? "*" : new String(points, 0, 1) + "*".repeat(points.length - 1);
    }

    /** The first six characters (province and city) and a fixed ****, so the length tells nothing either. */
    static String address(String text) {
        int[] points = text.codePoints().toArray();
        int keep = points.length > 6 ? 6 : Math.min(2, points.length - 1);
        return new String(points, 0, keep) + "****";
    }
}
