package io.clientbench.analysis;

/** The value types a parameter can have; a settings form picks its input control by it. */
public enum ParameterType {
    /** Whole number, e.g. a window in days. */
    INTEGER,
    /** Decimal number with a dot, e.g. 0.8 or 50. */
    DECIMAL,
    /** ISO date (2026-11-23) or the word {@code today}. */
    DATE,
    /** Free text. */
    TEXT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the values the parameter lists as its choices, shown by their translated labels. */
    CHOICE
}
