package io.clientbench.model;

/** What a field holds; decides its column type, editor widget and validation. */
public enum FieldKind {
    TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, DATE_TIME, BOOLEAN, ENUM, MULTI_ENUM,
    /** Contained child records, e.g. a customer's contacts. */
    CHILDREN,
    /** A reference to a record of another entity. */
    REFERENCE;

    public boolean isValue() {
        return this != CHILDREN && this != REFERENCE;
    }

    /** Whether the store keeps it in a column of the record's table: a value, or a reference as the target's id. */
    public boolean isStored() {
        return this != CHILDREN;
    }
}
