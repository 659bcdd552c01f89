package io.clientbench.io.importing;

/** What an import does with a file that has bad rows. Either way it is one transaction, undone as a whole. */
public enum ImportMode {
    /** Any bad row and nothing is stored; the report lists every bad row. */
    ALL_OR_NOTHING,
    /** The good rows are stored; the report lists the bad ones, which were left out. */
    VALID_ROWS_ONLY
}
