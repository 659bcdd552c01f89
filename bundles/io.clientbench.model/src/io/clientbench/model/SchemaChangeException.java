package io.clientbench.model;

/** An admin's schema change that cannot be made, with a message naming the entity and field (localized). */
public class SchemaChangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchemaChangeException(String message) {
        super(message);
    }
}
