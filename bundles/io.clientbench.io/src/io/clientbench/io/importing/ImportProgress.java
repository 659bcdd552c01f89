package io.clientbench.io.importing;

/**
 * Follows an import and may stop it. The wizard's job adapts its progress monitor to this; the core knows no UI. A
 * stop before the commit leaves the database as it was.
 */
public interface ImportProgress {

    /** The two passes over the rows. */
    enum Phase {
        /** Converting and validating each row, finding the records keys and owners name. */
        CHECKING,
        /** Writing the good rows in one transaction. */
        WRITING
    }

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(Phase phase, int done, int total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called every few hundred rows. */
    void progress(Phase phase, int done, int total);

    boolean isCanceled();
}
