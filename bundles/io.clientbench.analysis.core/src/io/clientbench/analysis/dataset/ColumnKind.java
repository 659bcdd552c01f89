package io.clientbench.analysis.dataset;

import io.clientbench.model.FieldKind;

/** How a dataset column holds its values: each as one primitive array. */
public enum ColumnKind {
    /** {@code double[]}; integers, decimals and booleans (1/0); {@link Double#NaN} when empty. */
    NUMBER,
    /** {@code int[]} of epoch days (a date-time keeps its date); {@link DataTable#NO_DATE} when empty. */
    DATE,
    /** {@code int[]} of codes into the column's {@link Dictionary}; {@link DataTable#NO_TEXT} when empty. */
    TEXT;

    /** The column kind a schema field is held in. */
    public static ColumnKind of(FieldKind kind) {
        return switch (kind) {
            case INTEGER, DECIMAL, BOOLEAN -> NUMBER;
            case DATE, DATE_TIME -> DATE;
            case TEXT, LONG_TEXT, ENUM, MULTI_ENUM -> TEXT;
            case CHILDREN, REFERENCE -> throw new IllegalArgumentException("not a value field: " + kind);
        };
    }
}
