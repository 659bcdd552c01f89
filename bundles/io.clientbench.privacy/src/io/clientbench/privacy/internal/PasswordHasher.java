package io.clientbench.privacy.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import io.clientbench.privacy.RolePasswords.PasswordHash;

/** Salted PBKDF2 (HMAC-SHA256) hashes of role passwords, compared in constant time. */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600k; a role switch can wait ~0.2 s on a slow machine. */
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ALGORITHM, ITERATIONS, salt, derive(ALGORITHM, password, salt, ITERATIONS));
    }

    public static boolean matches(char[] password, PasswordHash stored) {
        byte[] candidate = derive(stored.algorithm(), password, stored.salt(), stored.iterations());
        return MessageDigest.isEqual(candidate, stored.hash());
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password == null ? new char[0] : password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password the caller no longer needs. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
