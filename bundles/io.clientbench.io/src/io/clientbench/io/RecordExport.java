package io.clientbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import io.clientbench.core.navigator.ValueText;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * Exports stored records: some fields of every record of an entity as CSV or XLSX, headed by the fields' labels in the
 * user's language, and contacts as vCards. Texts are written as an import reads them back (value lists by their
 * labels, dates as ISO dates), so an export imports again unchanged.
 */
public final class RecordExport {

    private RecordExport() {
    }

    public static List<String> header(EntitySchema entity, List<String> fields, Locale locale) {
        return fields.stream().map(name -> field(entity, name).label().text(locale)).toList();
    }

    public static void csv(RecordRepository repository, EntitySchema entity, List<String> fields, Locale locale, OutputStream out)
            throws StoreException, IOException {
        List<List<String>> rows = rows(repository, entity, fields, (field, value) -> ValueText.of(field, value, locale));
        CsvWriter.write(header(entity, fields, locale), rows, out);
    }

    public static void xlsx(RecordRepository repository, EntitySchema entity, List<String> fields, Locale locale, OutputStream out)
            throws StoreException, IOException {
        // numbers and dates stay typed so the sheet can sum and sort them; value lists read as their labels
        List<List<Object>> rows = rows(repository, entity, fields, (field, value) -> value == null ? null
                : value instanceof Long || value instanceof BigDecimal || value instanceof LocalDate || value instanceof LocalDateTime
                        || value instanceof Boolean ? value : ValueText.of(field, value, locale));
        TableWorkbook.write(entity.label().text(locale), header(entity, fields, locale), rows, out);
    }

    /** Every record's cells for the fields, as {@code cell} makes them from the stored values. */
    private static <T> List<List<T>> rows(RecordRepository repository, EntitySchema entity, List<String> fields,
            BiFunction<FieldDescriptor, Object, T> cell) throws StoreException {
        List<FieldDescriptor> descriptors = fields.stream().map(name -> field(entity, name)).toList();
        List<List<T>> rows = new ArrayList<>();
        repository.scan(entity.name(), fields, (id, version, values) -> {
            List<T> row = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                row.add(cell.apply(descriptors.get(i), values[i]));
            }
            rows.add(row);
        });
        return rows;
    }

    /** Every contact as a vCard, with its customer's name as the organization. */
    public static void vcards(RecordRepository repository, MergedSchema schema, OutputStream out) throws StoreException, IOException {
        Map<Long, String> customers = new HashMap<>();
        repository.scan(schema.customer().name(), List.of("fullName"), (id, version, values) -> customers.put(id, (String) values[0]));
        List<VCardWriter.Card> cards = new ArrayList<>();
        repository.scan("Contact", List.of(RecordRepository.OWNER, "name", "title", "mobile", "officePhone", "email", "birthday", "address"),
                (id, version, v) -> cards.add(new VCardWriter.Card((String) v[1], customers.get((Long) v[0]), (String) v[2],
                        (String) v[3], (String) v[4], (String) v[5], (LocalDate) v[6], (String) v[7])));
        VCardWriter.write(cards, out);
    }

    private static FieldDescriptor field(EntitySchema entity, String name) {
        return entity.field(name).orElseThrow(() -> new IllegalArgumentException(entity.name() + " has no field " + name));
    }
}
