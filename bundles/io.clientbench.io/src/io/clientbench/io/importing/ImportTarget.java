package io.clientbench.io.importing;

import java.util.List;
import java.util.Optional;

import io.clientbench.io.SourceTable;
import io.clientbench.io.VCardReader;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.MergedSchema;

/**
 * What a file holds: customers, or contacts or deals added to stored customers (the wizard offers the first two; deals —
 * past orders with their order phone, sheet 0's "link past deals to the sheet" — come through {@link Importer} and the
 * command line). Each names the fields a row may find its existing record by (the sheets' customer name and number, a
 * contact's mobile; deals are only added) and how a contact or deal names its customer.
 */
public enum ImportTarget {
    CUSTOMERS("Customer", List.of("fullName", "customerNo")),
    CONTACTS("Contact", List.of("mobile")),
    DEALS("Deal", List.of());

    /** The customer field a contact's owner column is compared with. */
    public static final String OWNER_KEY = "fullName";

    private final String entity;
    private final List<String> keyFields;

    ImportTarget(String entity, List<String> keyFields) {
        this.entity = entity;
        this.keyFields = keyFields;
    }

    public String entity() {
        return entity;
    }

    /** The fields update-by-key may use, those the schema in force has (an admin may hide one). */
    public List<String> keyFields(MergedSchema schema) {
        EntitySchema fields = schema.entity(entity).orElseThrow();
        return keyFields.stream().filter(name -> fields.field(name).filter(f -> !f.hidden()).isPresent()).toList();
    }

    /**
     * A profile mapping every recognized header; for contacts and deals also the column naming the customer: a vCard's
     * organization, or a header that names the customer's full name ("客户名称").
     */
    public ImportProfile autoProfile(String name, MergedSchema schema, SourceTable table) {
        ImportProfile profile = ImportProfile.auto(name, schema.entity(entity).orElseThrow(), table.header());
        if (this != CUSTOMERS) {
            Optional<String> owner = table.header().stream()
                    .filter(h -> h.equals(VCardReader.ORGANIZATION) || FieldMatcher.match(schema.customer(), h)
                            .filter(f -> f.name().equals(OWNER_KEY)).isPresent())
                    .findFirst();
            if (owner.isPresent()) {
                profile = profile.withOwner(owner.get(), OWNER_KEY);
            }
        }
        return profile;
    }

    /** The target a profile is for, or null when it maps another entity. */
    public static ImportTarget of(ImportProfile profile) {
        for (ImportTarget target : values()) {
            if (target.entity.equals(profile.entity())) {
                return target;
            }
        }
        return null;
    }
}
