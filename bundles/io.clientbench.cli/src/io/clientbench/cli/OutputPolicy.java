package io.clientbench.cli;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * The one place the command line's output passes through: every record an export or an analysis reads comes through
 * {@link #reader}, so a role's masking (张*, 138****5678) applies to every file and report the command line writes.
 * The privacy bundle registers one as an OSGi service; without one nothing is masked and {@code --role} is accepted
 * but not enforced (the command line says so).
 */
public interface OutputPolicy {

    /** No masking, no roles. */
    OutputPolicy NONE = new OutputPolicy() {
        @Override
        public RecordRepository reader(RecordRepository repository, String role, char[] rolePassword) {
            return repository;
        }

        @Override
        public boolean enforcesRoles() {
            return false;
        }
    };

    /**
     * @param role         the {@code --role} given, or null
     * @param rolePassword the {@code --role-password} given, or null
     * @return the repository exports and analyses read through (a masking view for the role)
     * @throws StoreException with a localized message when the role or its password is refused
     */
    RecordRepository reader(RecordRepository repository, String role, char[] rolePassword) throws StoreException;

    /** Whether {@code --role} is checked; false: accepted and ignored. */
    boolean enforcesRoles();
}
