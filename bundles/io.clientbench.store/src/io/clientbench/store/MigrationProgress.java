package io.clientbench.store;

/**
 * Follows a schema migration step by step and may stop it: a cancelled migration rolls back whole, so the store keeps
 * the schema it had. The schema editor's job adapts its progress monitor to this; the store knows no UI.
 */
public interface MigrationProgress {

    /** For callers that neither show progress nor cancel. */
    MigrationProgress NONE = new MigrationProgress() {
        @Override
        public void begin(int steps) {
        }

        @Override
        public void step(String statement) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called once with the number of steps (DDL statements, plus one for keeping the overlay). */
    void begin(int steps);

    /** Called after each step. */
    void step(String statement);

    /** Asked before each step and before the commit. */
    boolean isCanceled();
}
