package io.clientbench.model;

/** Gives the merged customer schema. An OSGi service; no SWT, no JPA. */
public interface SchemaRegistry {

    MergedSchema schema();
}
