package io.clientbench.store;

import io.clientbench.store.internal.StoreMessages;

/** The rule a new boot password for {@link Database#encrypt} follows (Derby itself needs at least 8 characters). */
public final class BootPassword {

    public static final int MIN_LENGTH = 8;

    private BootPassword() {
    }

    /** @return what is wrong with the new password and its repetition, localized, or null when it may be used */
    public static String problem(char[] password, char[] repeated) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (password.length < MIN_LENGTH || !letter || !digit) {
            return StoreMessages.passwordRule;
        }
        return java.util.Arrays.equals(password, repeated) ? null : StoreMessages.passwordsDiffer;
    }
}
