package io.clientbench.analysis.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;

/**
 * Builds a {@link Dataset} from the store with one {@link RecordRepository#scan} per entity: a read-only report query
 * of just the spec's columns, no entities built. Customers are read first so that contained rows find their owner's
 * row without placeholders.
 */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    public static Dataset load(RecordRepository repository, DatasetSpec spec) throws StoreException {
        return load(repository, spec, Map.of());
    }

    /** @param expectedRows per entity, to size the arrays once (e.g. the previous load's sizes); a guess is fine */
    public static Dataset load(RecordRepository repository, DatasetSpec spec, Map<String, Integer> expectedRows) throws StoreException {
        Dataset dataset = new Dataset(spec, expectedRows);
        for (var entry : spec.entities().entrySet()) {
            String entity = entry.getKey();
            List<String> fields = new ArrayList<>(entry.getValue().keySet());
            boolean contained = !Dataset.CUSTOMER.equals(entity);
            if (contained) {
                fields.add(RecordRepository.OWNER);
            }
            int columns = entry.getValue().size();
            repository.scan(entity, fields, (id, version, values) -> {
                // the owner id comes last; the table ignores values beyond its columns
                Long owner = contained && values[columns] instanceof Number n ? n.longValue() : null;
                dataset.load(entity, id, owner, values);
            });
        }
        return dataset;
    }
}
