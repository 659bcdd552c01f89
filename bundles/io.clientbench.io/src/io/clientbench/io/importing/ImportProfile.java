package io.clientbench.io.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.clientbench.model.EntitySchema;

/**
 * A named, reusable mapping of a file's columns to an entity's fields, with how rows meet existing records. Saved as a
 * small UTF-8 properties file, so a branch that imports the same CRM export each month maps it once.
 *
 * @param name          what the user called it
 * @param entity        the entity rows become (Customer, Contact, ...)
 * @param columns       column header → field name; columns not in it are not imported
 * @param keyField      null to create a new record from every row; otherwise the field (customer name, customer
 *                      number, mobile) by which a row finds the existing record it updates, new keys creating records
 * @param ownerColumn   for a contained entity (a contact): the column naming the owner (a contact's company), or null
 * @param ownerKeyField the owner's field that column is compared with (a customer's full name), or null
 */
public record ImportProfile(String name, String entity, Map<String, String> columns, String keyField, String ownerColumn,
        String ownerKeyField) {

    private static final String COLUMN = "column.";

    public ImportProfile {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** A profile that maps every header the {@link FieldMatcher} recognizes and creates new records. */
    public static ImportProfile auto(String name, EntitySchema entity, List<String> header) {
        return new ImportProfile(name, entity.name(), FieldMatcher.matchAll(entity, header), null, null, null);
    }

    public ImportProfile withColumn(String header, String field) {
        Map<String, String> changed = new LinkedHashMap<>(columns);
        changed.values().remove(field); // a field takes one column
        if (field == null) {
            changed.remove(header);
        } else {
            changed.put(header, field);
        }
        return new ImportProfile(name, entity, changed, keyField, ownerColumn, ownerKeyField);
    }

    /** @param field the key field, or null to always create new records */
    public ImportProfile withKey(String field) {
        return new ImportProfile(name, entity, columns, field, ownerColumn, ownerKeyField);
    }

    public ImportProfile withOwner(String column, String keyField) {
        return new ImportProfile(name, entity, columns, this.keyField, column, keyField);
    }

    public void save(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("name", name);
        properties.setProperty("entity", entity);
        if (keyField != null) {
            properties.setProperty("key", keyField);
        }
        if (ownerColumn != null) {
            properties.setProperty("owner.column", ownerColumn);
            properties.setProperty("owner.key", ownerKeyField);
        }
        columns.forEach((header, field) -> properties.setProperty(COLUMN + header, field));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Clientbench import profile");
        }
    }

    public static ImportProfile load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> columns = new TreeMap<>(); // properties keep no order; any order maps the same
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(COLUMN)) {
                columns.put(key.substring(COLUMN.length()), properties.getProperty(key));
            }
        }
        return new ImportProfile(properties.getProperty("name", ""), properties.getProperty("entity"), columns,
                properties.getProperty("key"), properties.getProperty("owner.column"), properties.getProperty("owner.key"));
    }
}
