package io.clientbench.io.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.clientbench.core.validation.RecordValidator;
import io.clientbench.core.validation.Violation;
import io.clientbench.io.IoMessages;
import io.clientbench.io.SourceTable;
import io.clientbench.io.importing.ImportProblem.Kind;
import io.clientbench.io.importing.ImportProgress.Phase;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.RecordRepository.BatchProgress;
import io.clientbench.store.RecordRepository.ImportBatch;
import io.clientbench.store.RecordRepository.OwnedRecord;
import io.clientbench.store.RecordRepository.RecordChange;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;

/**
 * Imports a table through a profile: every row is converted and validated with the schema's own rules (the
 * {@link RecordValidator} the editors use, so an import accepts exactly what a form accepts, ID-card and bank-card
 * numbers refused alike), keys and owners are looked up, then the good rows are written as one store transaction the
 * store remembers for undo. {@link #check} is the wizard's preview: the same pass without writing.
 */
public final class Importer {

    private static final int REPORT_EVERY = 500;
    /** The entity that keeps a customer's 待确认/待补充 marks, one record per marked field. */
    static final String PENDING_ENTITY = "PendingField";

    private final RecordRepository repository;
    private final MergedSchema schema;

    public Importer(RecordRepository repository, MergedSchema schema) {
        this.repository = repository;
        this.schema = schema;
    }

    /**
     * A row ready to store.
     *
     * @param row     its number in the file
     * @param values  typed values by field name (with the owner's id for a contained entity)
     * @param id      the stored record it updates, or null to create one
     * @param version that record's version when it was looked up
     * @param pending the fields the row marks 待确认 or 待补充, with the state's name, kept as PendingField records
     */
    public record CheckedRow(int row, Map<String, Object> values, Long id, int version, Map<String, String> pending) {
    }

    /** The result of checking every row: the good ones, ready to store, and the problems of the others. */
    public record Checked(int rows, List<CheckedRow> good, List<ImportProblem> problems) {
    }

    /** Checks every row without writing anything. */
    public Checked check(SourceTable table, ImportProfile profile, ImportProgress progress) throws StoreException {
        EntitySchema entity = schema.entity(profile.entity())
                .orElseThrow(() -> new IllegalArgumentException("the schema has no entity " + profile.entity()));
        RecordValidator validator = new RecordValidator(entity);
        Map<String, Integer> columnOf = new HashMap<>();
        Map<String, String> headerOf = new HashMap<>();
        profile.columns().forEach((header, field) -> {
            if (table.column(header) >= 0 && entity.field(field).isPresent()) {
                columnOf.put(field, table.column(header));
                headerOf.put(field, header);
            }
        });
        FieldDescriptor key = profile.keyField() == null ? null : entity.field(profile.keyField())
                .orElseThrow(() -> new IllegalArgumentException(entity.name() + " has no key field " + profile.keyField()));
        Map<String, Stored> existing = key == null ? Map.of() : index(entity.name(), key.name());
        Owners owners = owners(entity, profile, table);
        boolean keepsPending = schema.ownerOf(PENDING_ENTITY).filter(entity.name()::equals).isPresent();
        Map<String, Integer> keysSeen = new HashMap<>();
        List<CheckedRow> good = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int total = table.rows().size();
        // the mapped columns as arrays, and one input map every row overwrites (the same fields each row): the
        // validator keeps nothing of it, and a new map of ~100 entries per row was a tenth of the check's time
        String[] mappedFields = columnOf.keySet().toArray(String[]::new);
        int[] mappedColumns = new int[mappedFields.length];
        for (int f = 0; f < mappedFields.length; f++) {
            mappedColumns[f] = columnOf.get(mappedFields[f]);
        }
        Map<String, String> input = HashMap.newHashMap(mappedFields.length);
        for (int i = 0; i < total; i++) {
            if (i % REPORT_EVERY == 0) {
                progress.progress(Phase.CHECKING, i, total);
                stopIfCanceled(progress);
            }
            SourceTable.Row row = table.rows().get(i);
            for (int f = 0; f < mappedFields.length; f++) {
                input.put(mappedFields[f], row.cell(mappedColumns[f]));
            }
            List<ImportProblem> found = new ArrayList<>();
            RecordValidator.Result result = validator.validate("#" + row.number(), input);
            for (Violation violation : result.violations()) {
                found.add(new ImportProblem(row.number(), headerOf.get(violation.field().name()), violation.field().label(),
                        Kind.INVALID_VALUE, violation, List.of()));
            }
            if (!keepsPending) {
                // the validator takes the marks; an entity that cannot keep them must not lose them silently
                result.pending().keySet().forEach(name -> found.add(problem(row, headerOf.get(name), entity.field(name).orElseThrow(),
                        Kind.PENDING_NOT_KEPT, input.get(name).strip(), entity.label())));
            }
            Map<String, Object> values = result.values(); // the validator's own new map, no copy needed
            if (owners != null) {
                owners.resolve(row, found).ifPresent(owner -> values.put(RecordRepository.OWNER, owner));
            }
            Stored match = null;
            if (key != null) {
                String raw = input.getOrDefault(key.name(), "").strip();
                String normalized = normalizeKey(raw);
                Integer earlier = keysSeen.putIfAbsent(normalized, row.number());
                if (normalized.isEmpty()) {
                    found.add(problem(row, headerOf.get(key.name()), key, Kind.MISSING_KEY, key.label()));
                } else if (earlier != null) {
                    found.add(problem(row, headerOf.get(key.name()), key, Kind.DUPLICATE_KEY, raw, key.label(), earlier));
                } else if ((match = existing.get(normalized)) != null && match.count() > 1) {
                    found.add(problem(row, headerOf.get(key.name()), key, Kind.AMBIGUOUS_KEY, raw, key.label(), match.count()));
                }
            }
            if (found.isEmpty()) {
                good.add(new CheckedRow(row.number(), values, match == null ? null : match.id(), match == null ? 0 : match.version(),
                        result.pending()));
            } else {
                problems.addAll(found);
            }
        }
        progress.progress(Phase.CHECKING, total, total);
        return new Checked(total, good, problems);
    }

    /**
     * Checks and imports a table. In {@link ImportMode#ALL_OR_NOTHING} any problem stores nothing; otherwise the good
     * rows are stored. Either way what is stored is one transaction, undone with {@link #undo}.
     *
     * @param label what the import is called in the undo list (the file's name)
     * @throws StoreException {@link Reason#CANCELED} when the progress stopped it, {@link Reason#CONFLICT} when a
     *                        record to update was saved by someone during the import; nothing is stored then
     */
    public ImportReport run(SourceTable table, ImportProfile profile, ImportMode mode, String label, ImportProgress progress)
            throws StoreException {
        Checked checked = check(table, profile, progress);
        if (checked.good().isEmpty() || mode == ImportMode.ALL_OR_NOTHING && !checked.problems().isEmpty()) {
            return new ImportReport(checked.rows(), checked.problems(), null);
        }
        List<Map<String, Object>> creates = new ArrayList<>();
        List<RecordChange> updates = new ArrayList<>();
        List<OwnedRecord> marks = new ArrayList<>();
        for (CheckedRow row : checked.good()) {
            int createIndex = row.id() == null ? creates.size() : -1;
            row.pending().forEach((field, state) -> marks.add(new OwnedRecord(PENDING_ENTITY, createIndex, row.id() == null ? -1 : row.id(),
                    Map.of("field", field, "state", state))));
            if (row.id() == null) {
                creates.add(row.values());
            } else {
                // the key matched as users mean it ("c1" finds "C1"): the stored spelling stays
                Map<String, Object> changes = new HashMap<>(row.values());
                changes.remove(profile.keyField());
                updates.add(new RecordChange(row.id(), row.version(), changes));
            }
        }
        int total = checked.good().size();
        ImportBatch batch = repository.importRecords(profile.entity(), label, creates, updates, marks, new BatchProgress() {
            @Override
            public void written(int rows) {
                progress.progress(Phase.WRITING, rows, total);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        });
        return new ImportReport(checked.rows(), checked.problems(), batch);
    }

    /** Undoes one import as a whole (see {@link RecordRepository#undoImport}). */
    public ImportBatch undo(long batchId) throws StoreException {
        return repository.undoImport(batchId);
    }

    /** Keys compare as users mean them: full-width as half-width, case and blanks ignored. */
    static String normalizeKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static ImportProblem problem(SourceTable.Row row, String column, FieldDescriptor field, Kind kind, Object... arguments) {
        return new ImportProblem(row.number(), column, field.label(), kind, null, List.of(arguments));
    }

    private static void stopIfCanceled(ImportProgress progress) throws StoreException {
        if (progress.isCanceled()) {
            throw new StoreException(Reason.CANCELED, IoMessages.format(Locale.getDefault(), "canceled"), null);
        }
    }

    /** A stored record a key names, and how many stored records share that key. */
    private record Stored(long id, int version, int count) {
    }

    private Map<String, Stored> index(String entity, String field) throws StoreException {
        Map<String, Stored> index = new HashMap<>();
        repository.scan(entity, List.of(field), (id, version, values) -> {
            if (values[0] != null) {
                index.merge(normalizeKey(String.valueOf(values[0])), new Stored(id, version, 1),
                        (a, b) -> new Stored(a.id(), a.version(), a.count() + 1));
            }
        });
        return index;
    }

    /** The owners of a contained entity's rows, found by the profile's owner column; null for a top-level entity. */
    private Owners owners(EntitySchema entity, ImportProfile profile, SourceTable table) throws StoreException {
        String ownerEntity = schema.ownerOf(entity.name()).orElse(null);
        if (ownerEntity == null) {
            return null;
        }
        boolean given = profile.ownerColumn() != null && table.column(profile.ownerColumn()) >= 0;
        return new Owners(schema.entity(ownerEntity).orElseThrow(), profile.ownerColumn(), given ? table.column(profile.ownerColumn()) : -1,
                given ? index(ownerEntity, profile.ownerKeyField()) : Map.of());
    }

    /** Finds the owner a row names (a contact's company among the customers). */
    private record Owners(EntitySchema owner, String header, int column, Map<String, Stored> byName) {

        Optional<Long> resolve(SourceTable.Row row, List<ImportProblem> problems) {
            String name = column < 0 ? "" : row.cell(column).strip();
            Stored stored = byName.get(normalizeKey(name));
            Kind kind = name.isEmpty() ? Kind.MISSING_OWNER
                    : stored == null ? Kind.UNKNOWN_OWNER : stored.count() > 1 ? Kind.AMBIGUOUS_OWNER : null;
            if (kind != null) {
                problems.add(new ImportProblem(row.number(), column < 0 ? null : header, owner.label(), kind, null,
                        List.of(owner.label(), name, stored == null ? 0 : stored.count())));
                return Optional.empty();
            }
            return Optional.of(stored.id());
        }
    }
}
