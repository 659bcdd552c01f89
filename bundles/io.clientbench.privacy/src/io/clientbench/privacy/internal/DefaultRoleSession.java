package io.clientbench.privacy.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;

import io.clientbench.privacy.Role;
import io.clientbench.privacy.RoleException;
import io.clientbench.privacy.RolePasswords;
import io.clientbench.privacy.RolePasswords.PasswordHash;
import io.clientbench.privacy.RoleSession;
import io.clientbench.store.AuditActor;
import io.clientbench.store.Database;

/**
 * The role session: the current identity in memory, the roles' password hashes in the database. The first role is
 * decided on first use (the database is open by then): admin while the admin role has no password, sales otherwise —
 * and sales too when the passwords cannot be read, so a failure never shows more than a salesperson sees.
 */
public final class DefaultRoleSession implements RoleSession {

    static final int MINIMUM_LENGTH = 6;
    private final List<Consumer<Identity>> listeners = new CopyOnWriteArrayList<>();
    private RolePasswords passwords;
    private volatile Identity current;

    /** For DS: passwords come from the database service. */
    public DefaultRoleSession() {
    }

    /** Headless or in tests: passwords kept where the caller says. */
    public DefaultRoleSession(RolePasswords passwords) {
        this.passwords = passwords;
    }

    void setDatabase(Database database) {
        this.passwords = new JdbcRolePasswords(database);
    }

    /** DS: the audit log records this session's user and role as who made each change. */
    void activate() {
        AuditActor.use(() -> current().toString());
    }

    void deactivate() {
        AuditActor.reset();
    }

    @Override
    public Identity current() {
        Identity identity = current;
        if (identity == null) {
            synchronized (this) {
                if (current == null) {
                    current = new Identity(defaultUser(), hasPassword(Role.ADMIN) ? Role.SALES : Role.ADMIN, false);
                }
                identity = current;
            }
        }
        return identity;
    }

    private static String defaultUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "?" : user;
    }

    @Override
    public boolean hasPassword(Role role) {
        try {
            return passwords.find(role).isPresent();
        } catch (RoleException e) {
            ILog.of(DefaultRoleSession.class).error(e.message(Locale.ENGLISH), e);
            return true; // unknown: treat as protected, never as open
        }
    }

    @Override
    public void switchTo(Role role, String user, char[] password, boolean anonymised) throws RoleException {
        try {
            var stored = passwords.find(role);
            if (stored.isPresent() && !PasswordHasher.matches(password, stored.get())) {
                throw new RoleException(RoleException.Reason.WRONG_PASSWORD, "password.wrong", null, role);
            }
        } finally {
            PasswordHasher.wipe(password);
        }
        String who = user == null || user.isBlank() ? current().user() : user.strip();
        Identity identity = new Identity(who, role, anonymised && role.policy().mayAnonymise());
        synchronized (this) {
            current = identity;
        }
        listeners.forEach(listener -> listener.accept(identity));
    }

    @Override
    public void setPassword(Role role, char[] password) throws RoleException {
        try {
            if (!current().role().policy().administers()) {
                throw new RoleException(RoleException.Reason.NOT_ALLOWED, "password.notAllowed", null, current().role());
            }
            if (password == null || password.length == 0) {
                passwords.remove(role);
                return;
            }
            if (password.length < MINIMUM_LENGTH) {
                throw new RoleException(RoleException.Reason.WEAK_PASSWORD, "password.weak", null, MINIMUM_LENGTH);
            }
            PasswordHash hash = PasswordHasher.hash(password);
            passwords.save(role, hash);
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    @Override
    public void addListener(Consumer<Identity> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<Identity> listener) {
        listeners.remove(listener);
    }
}
