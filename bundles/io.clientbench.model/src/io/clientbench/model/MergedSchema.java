package io.clientbench.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer schema in force: the base package, every pack and (later) the admin overlay, merged.
 *
 * @param entities the entities by name, in declaration order
 * @param packs    the packs that were merged
 * @param problems packs or fields that could not be merged, with the reason (they are left out)
 */
public record MergedSchema(Map<String, EntitySchema> entities, List<SchemaPack> packs, List<String> problems) {

    public Optional<EntitySchema> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public EntitySchema customer() {
        return entities.get("Customer");
    }

    /** The entity that contains records of {@code entity} (a contact's customer), if it is a contained entity. */
    public Optional<String> ownerOf(String entity) {
        return entities.values().stream()
                .filter(owner -> owner.fields().stream().anyMatch(f -> f.kind() == FieldKind.CHILDREN && entity.equals(f.target())))
                .map(EntitySchema::name).findFirst();
    }

    /** Every field of every entity. */
    public Stream<FieldDescriptor> allFields() {
        return entities.values().stream().flatMap(e -> e.fields().stream());
    }
}
