package io.clientbench.privacy;

import java.util.Locale;
import java.util.function.Consumer;

import io.clientbench.model.FieldDescriptor;
import io.clientbench.privacy.internal.DefaultRoleSession;
import io.clientbench.privacy.internal.JdbcRolePasswords;
import io.clientbench.store.Database;

/**
 * Who is working and in which role: the one answer to "is this field masked for the current user?" and the "who" an
 * audit log records. An OSGi service without SWT, so the workbench and the headless command line use the same one.
 * A session starts as {@link Role#ADMIN} while the admin role has no password (a fresh install), otherwise as
 * {@link Role#SALES}; moving to a role with a password needs that password.
 */
public interface RoleSession {

    /** The current user and role; {@link #toString()} gives "user (role)" for logs. */
    record Identity(String user, Role role, boolean anonymised) {
        @Override
        public String toString() {
            return user + " (" + role.id() + (anonymised ? ", anonymised" : "") + ")";
        }
    }

    Identity current();

    /**
     * A session of its own on {@code database}'s role passwords, for a headless application that opens the database
     * itself (the command line); the workbench uses the OSGi service.
     */
    static RoleSession headless(Database database) {
        return new DefaultRoleSession(new JdbcRolePasswords(database));
    }

    default Role role() {
        return current().role();
    }

    /** The current role's policy; an anonymised session masks personal data whatever the role. */
    default RolePolicy policy() {
        Identity identity = current();
        RolePolicy policy = identity.role().policy();
        return identity.anonymised() ? policy.anonymised() : policy;
    }

    /** Whether the field's values are shown masked to the current user. */
    default boolean masks(FieldDescriptor field) {
        return policy().masks(field);
    }

    boolean hasPassword(Role role);

    /**
     * Makes {@code role} the current one.
     *
     * @param user       who works in it (blank: the previous user)
     * @param password   the role's password; ignored for a role without one
     * @param anonymised mask personal data even where the role may see it (only for roles that may anonymise)
     * @throws RoleException {@link RoleException.Reason#WRONG_PASSWORD} (nothing changes then)
     */
    void switchTo(Role role, String user, char[] password, boolean anonymised) throws RoleException;

    /**
     * Sets (or, with an empty password, removes) a role's password; only the admin role may.
     *
     * @throws RoleException {@link RoleException.Reason#NOT_ALLOWED} for other roles, {@link RoleException.Reason#WEAK_PASSWORD}
     *                       for fewer than 6 characters
     */
    void setPassword(Role role, char[] password) throws RoleException;

    /** Called after every switch (on the switching thread). */
    void addListener(Consumer<Identity> listener);

    void removeListener(Consumer<Identity> listener);

    /** The current role in words, e.g. "销售 · 王芳". */
    default String describe(Locale locale) {
        Identity identity = current();
        return identity.role().label(locale) + " \u00b7 " + identity.user();
    }
}
