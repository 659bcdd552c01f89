package io.clientbench.privacy;

import java.util.Optional;

/** Where the roles' password hashes are kept (the database; tests keep them in memory). */
public interface RolePasswords {

    /**
     * A salted PBKDF2 hash, never the password.
     *
     * @param algorithm e.g. PBKDF2WithHmacSHA256
     */
    record PasswordHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
    }

    Optional<PasswordHash> find(Role role) throws RoleException;

    void save(Role role, PasswordHash hash) throws RoleException;

    void remove(Role role) throws RoleException;
}
