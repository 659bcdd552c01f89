package io.clientbench.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.privacy.internal.PrivacyMessages;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;

/**
 * The presentation read path: a {@link RecordRepository} whose reads give every field that carries a masking in the
 * masked form the current role must see (decided per call, so a role switch takes effect on the next read), with the
 * phone numbers inside free texts masked too ({@link Masker#scrub}), and whose writes refuse to change such a field
 * that holds a value (or a free text that holds a masked phone), so a masked value is never written back. Creates pass through: a
 * salesperson may enter a new contact's phone, and then sees it masked.
 * <p>
 * The workbench puts this decorator into its root context in place of the store's service, so every view, editor,
 * dialog and export that takes the repository from its context or by injection reads masked without knowing it. Core
 * logic that needs raw values (keys, dedup, the analyses' dataset) takes the store's OSGi service directly.
 */
public final class MaskingRecordRepository implements RecordRepository {

    private final RecordRepository raw;
    private final Supplier<MergedSchema> schema;
    private final RoleSession session;

    public MaskingRecordRepository(RecordRepository raw, Supplier<MergedSchema> schema, RoleSession session) {
        this.raw = raw;
        this.schema = schema;
        this.session = session;
    }

    /** The repository it reads from (for the role's own use only: never hand it to presentation code). */
    public RecordRepository unmasked() {
        return raw;
    }

    /** Not a masking kind: a free text whose phone numbers are masked ({@link Masker#scrub}). */
    private static final String SCRUB = " scrub";

    /**
     * The fields of an entity the current role sees masked, by name, with their masking kind — or {@link #SCRUB} for
     * the free texts.
     */
    private Map<String, String> masked(String entity) {
        RolePolicy policy = session.policy();
        if (!policy.masksPersonalData()) {
            return Map.of();
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (FieldDescriptor field : schema.get().entity(entity).map(EntitySchema::fields).orElse(List.of())) {
            if (policy.masks(field)) {
                kinds.put(field.name(), field.masking());
            } else if (field.kind() == FieldKind.TEXT || field.kind() == FieldKind.LONG_TEXT) {
                kinds.put(field.name(), SCRUB);
            }
        }
        return kinds;
    }

    private static Object mask(String kind, Object value) {
        if (kind == SCRUB) {
            return value instanceof String text ? Masker.scrub(text) : value;
        }
        return Masker.mask(kind, value);
    }

    private StoredRecord mask(StoredRecord record) {
        Map<String, String> kinds = masked(record.entity());
        if (kinds.isEmpty()) {
            return record;
        }
        return new StoredRecord(record.entity(), record.id(), record.version(), maskValues(record.values(), kinds));
    }

    private static Map<String, Object> maskValues(Map<String, Object> values, Map<String, String> kinds) {
        Map<String, Object> masked = new LinkedHashMap<>(values);
        kinds.forEach((field, kind) -> masked.computeIfPresent(field, (k, v) -> mask(kind, v)));
        return java.util.Collections.unmodifiableMap(masked);
    }

    private List<StoredRecord> mask(List<StoredRecord> records) {
        return records.stream().map(this::mask).toList();
    }

    /**
     * Refuses a change to a field the role sees masked, or to a free text whose stored value holds a phone number the
     * role sees masked: what it would write is, or derives from, a masked value. Filling a masked field that is empty
     * is no write-back and passes (a salesperson adds the phone a contact lacked).
     */
    private void refuseMasked(String entity, long id, Map<String, Object> changes) throws StoreException {
        refuseMasked(entity, List.of(new RecordChange(id, -1, changes)));
    }

    /** The check for many changes at once (an import): one scan of the stored values concerned, not a read per record. */
    private void refuseMasked(String entity, List<RecordChange> changes) throws StoreException {
        Map<String, String> kinds = masked(entity);
        List<String> concerned = changes.stream().flatMap(c -> c.changes().keySet().stream()).filter(kinds::containsKey).distinct().toList();
        if (concerned.isEmpty()) {
            return;
        }
        Map<Long, Object[]> stored = new java.util.HashMap<>();
        if (changes.size() == 1) {
            raw.find(entity, changes.get(0).id()).ifPresent(r -> stored.put(r.id(), concerned.stream().map(r.values()::get).toArray()));
        } else {
            java.util.Set<Long> ids = changes.stream().map(RecordChange::id).collect(java.util.stream.Collectors.toSet());
            raw.scan(entity, concerned, (id, version, values) -> {
                if (ids.contains(id)) {
                    stored.put(id, values.clone());
                }
            });
        }
        for (RecordChange change : changes) {
            Object[] before = stored.getOrDefault(change.id(), new Object[concerned.size()]);
            for (String field : change.changes().keySet()) {
                String kind = kinds.get(field);
                Object value = kind == null ? null : before[concerned.indexOf(field)];
                boolean refused = kind != null && (kind == SCRUB
                        ? value instanceof String text && !Masker.scrub(text).equals(text)
                        : value != null && !String.valueOf(value).isBlank());
                if (refused) {
                    String label = schema.get().entity(entity).flatMap(e -> e.field(field)).map(FieldDescriptor::label)
                            .map(l -> l.text(Locale.getDefault())).orElse(field);
                    throw new StoreException(StoreException.Reason.DATABASE_ERROR,
                            PrivacyMessages.format(Locale.getDefault(), "write.masked", label, session.role()), null);
                }
            }
        }
    }

    @Override
    public void scan(String entity, List<String> fields, RowSink sink) throws StoreException {
        Map<String, String> kinds = masked(entity);
        String[] byPosition = fields.stream().map(kinds::get).toArray(String[]::new);
        if (kinds.isEmpty() || java.util.Arrays.stream(byPosition).allMatch(java.util.Objects::isNull)) {
            raw.scan(entity, fields, sink);
            return;
        }
        raw.scan(entity, fields, (id, version, values) -> {
            for (int i = 0; i < byPosition.length && i < values.length; i++) {
                if (byPosition[i] != null) {
                    values[i] = mask(byPosition[i], values[i]);
                }
            }
            sink.row(id, version, values);
        });
    }

    @Override
    public Optional<StoredRecord> find(String entity, long id) throws StoreException {
        return raw.find(entity, id).map(this::mask);
    }

    @Override
    public List<StoredRecord> findByOwner(String entity, long ownerId) throws StoreException {
        return mask(raw.findByOwner(entity, ownerId));
    }

    @Override
    public List<StoredRecord> findAll(String entity) throws StoreException {
        return mask(raw.findAll(entity));
    }

    @Override
    public boolean isEmpty(String entity) throws StoreException {
        return raw.isEmpty(entity);
    }

    @Override
    public StoredRecord create(String entity, Map<String, Object> values) throws StoreException {
        return mask(raw.create(entity, values));
    }

    @Override
    public List<StoredRecord> createTogether(List<NewRecord> records) throws StoreException {
        return mask(raw.createTogether(records));
    }

    @Override
    public List<Long> createAll(String entity, List<Map<String, Object>> rows) throws StoreException {
        return raw.createAll(entity, rows);
    }

    @Override
    public StoredRecord update(String entity, long id, int expectedVersion, Map<String, Object> changes) throws StoreException {
        refuseMasked(entity, id, changes);
        return mask(raw.update(entity, id, expectedVersion, changes));
    }

    @Override
    public Updates updateAll(String entity, List<RecordChange> changes) throws StoreException {
        refuseMasked(entity, changes);
        Updates updates = raw.updateAll(entity, changes);
        return new Updates(mask(updates.saved()), updates.conflicts());
    }

    @Override
    public ImportBatch importRecords(String entity, String label, List<Map<String, Object>> creates, List<RecordChange> updates,
            List<OwnedRecord> owned, BatchProgress progress) throws StoreException {
        refuseMasked(entity, updates);
        return raw.importRecords(entity, label, creates, updates, owned, progress);
    }

    @Override
    public List<ImportBatch> importBatches() throws StoreException {
        return raw.importBatches();
    }

    @Override
    public ImportBatch undoImport(long batchId) throws StoreException {
        return raw.undoImport(batchId);
    }
}
