package io.clientbench.privacy;

import java.util.Locale;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.privacy.internal.PrivacyMessages;

/**
 * What a role may see and do: whether fields carrying a masking ({@link FieldDescriptor#masking()}: name, phone,
 * contact, address, or an admin's own kind) are shown masked, whether it administers the branch (schema editor,
 * roles' passwords), and whether it may switch to anonymised output (its own view masked like sales, for reports
 * handed on).
 *
 * @param masksPersonalData every field with a masking is shown through {@link Masker}
 */
public record RolePolicy(Role role, boolean masksPersonalData, boolean administers, boolean mayAnonymise) {

    public static RolePolicy of(Role role) {
        return switch (role) {
            case ADMIN -> new RolePolicy(role, false, true, true);
            case MANAGER -> new RolePolicy(role, false, false, true);
            case SALES, SERVICE -> new RolePolicy(role, true, false, false);
        };
    }

    /** The same policy with personal data masked (an admin's or manager's anonymised output). */
    public RolePolicy anonymised() {
        return new RolePolicy(role, true, administers, mayAnonymise);
    }

    /** Whether values of this masking kind are masked (a blank kind never is). */
    public boolean masks(String maskingKind) {
        return masksPersonalData && maskingKind != null && !maskingKind.isBlank();
    }

    public boolean masks(FieldDescriptor field) {
        return masks(field.masking());
    }

    /** The policy in words, for the roles dialog. */
    public String describe(Locale locale) {
        String key = masksPersonalData ? "policy.masked" : mayAnonymise ? "policy.whole.anonymise" : "policy.whole";
        String text = PrivacyMessages.get(locale, key);
        return administers ? text + PrivacyMessages.get(locale, "policy.administers") : text;
    }
}
