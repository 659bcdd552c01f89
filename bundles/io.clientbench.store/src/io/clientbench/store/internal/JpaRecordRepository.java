package io.clientbench.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.dynamic.DynamicClassLoader;
import org.eclipse.persistence.dynamic.DynamicEntity;
import org.eclipse.persistence.dynamic.DynamicType;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.jpa.dynamic.JPADynamicHelper;
import org.eclipse.persistence.jpa.dynamic.JPADynamicTypeBuilder;
import org.eclipse.persistence.queries.CursoredStream;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.AuditEntry.Action;
import io.clientbench.store.Database;
import io.clientbench.store.OwnedRecords;
import io.clientbench.store.PendingMarks;
import io.clientbench.store.RecordMerger;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoreException.Reason;
import io.clientbench.store.StoredRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

/**
 * {@link RecordRepository} on EclipseLink JPA without static entity classes: one dynamic entity type per entity of the
 * merged schema, mapped onto the tables {@link JdbcSchemaStore} keeps, each with a version lock on VERSION.
 * EclipseLink runs inside OSGi without Gemini: the provider is created directly with this bundle's class loader.
 */
public class JpaRecordRepository implements RecordRepository, OwnedRecords, RecordMerger, PendingMarks {

    private static final String UNIT = "clientbench";
    static final String ID = "id";
    static final String VERSION = "version";
    private static final String OWNER = RecordRepository.OWNER;
    private static final String MULTI_SEPARATOR = ",";
    /** Rows a scan's cursor reads ahead and keeps until released. */
    private static final int SCAN_PAGE = 500;

    private Database database;
    private SchemaRegistry schemas;
    private EntityManagerFactory factory;
    private MergedSchema builtFor;
    private final Map<String, DynamicType> types = new HashMap<>();
    private final Map<String, EntitySchema> entities = new HashMap<>();

    public JpaRecordRepository() {
    }

    public JpaRecordRepository(Database database, SchemaRegistry schemas) {
        this.database = database;
        this.schemas = schemas;
    }

    void setDatabase(Database database) {
        this.database = database;
    }

    void setSchemas(SchemaRegistry schemas) {
        this.schemas = schemas;
    }

    public synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
            types.clear();
            entities.clear();
        }
    }

    @Override
    public StoredRecord create(String entity, Map<String, Object> values) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            DynamicEntity record = (DynamicEntity) type.newDynamicEntity();
            assign(entity, record, values);
            em.persist(record);
            em.flush();
            StoredRecord stored = toRecord(entity, record);
            audit(em, w -> w.created(entity, stored.id(), owner(entity, record), values));
            return stored;
        });
    }

    @Override
    public List<StoredRecord> createTogether(List<NewRecord> records) throws StoreException {
        if (records.isEmpty()) {
            return List.of();
        }
        return inTransaction(records.get(0).entity(), -1, (em, first) -> {
            List<DynamicEntity> created = new ArrayList<>();
            for (NewRecord record : records) {
                DynamicType type = types.get(record.entity());
                if (type == null) {
                    throw new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.unknownEntity, record.entity()), null);
                }
                DynamicEntity entity = (DynamicEntity) type.newDynamicEntity();
                assign(record.entity(), entity, record.values());
                em.persist(entity);
                created.add(entity);
            }
            em.flush();
            List<StoredRecord> stored = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                stored.add(toRecord(records.get(i).entity(), created.get(i)));
            }
            audit(em, w -> {
                for (int i = 0; i < created.size(); i++) {
                    NewRecord record = records.get(i);
                    w.created(record.entity(), stored.get(i).id(), owner(record.entity(), created.get(i)), record.values());
                }
            });
            return stored;
        });
    }

    @Override
    public List<Long> createAll(String entity, List<Map<String, Object>> rows) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            try {
                long[] ids = new ImportWrite(this, em, entity).insert(entity, rows, BatchProgress.NONE);
                // one line naming the ids, not one per field: a bulk create of sample data or invitations stays a bulk write
                audit(em, w -> w.summary(Action.CREATE_ALL, entity, null, null, AuditWriter.runs(ids), null));
                return Arrays.stream(ids).boxed().toList();
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
    }

    @Override
    public Optional<StoredRecord> find(String entity, long id) throws StoreException {
        return Optional.ofNullable(inTransaction(entity, id, (em, type) -> {
            DynamicEntity record = (DynamicEntity) em.find(type.getJavaClass(), id);
            return record == null ? null : toRecord(entity, record);
        }));
    }

    @Override
    public boolean isEmpty(String entity) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> em.createQuery("SELECT e.id FROM " + type.getDescriptor().getAlias() + " e")
                .setMaxResults(1).getResultList().isEmpty());
    }

    @Override
    public List<StoredRecord> findAll(String entity) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            List<?> records = em.createQuery("SELECT e FROM " + type.getDescriptor().getAlias() + " e").getResultList();
            return records.stream().map(r -> toRecord(entity, (DynamicEntity) r)).toList();
        });
    }

    @Override
    public void scan(String entity, List<String> fields, RowSink sink) throws StoreException {
        inTransaction(entity, -1, (em, type) -> {
            EntitySchema schema = entities.get(entity);
            checkValueFields(schema, valueFields(schema), fields, isOwned(entity));
            // the owner link has no descriptor (null here): the work lists read a contained record's customer id
            List<FieldDescriptor> wanted = fields.stream().map(name -> OWNER.equals(name) ? null : schema.field(name).orElseThrow()).toList();
            StringBuilder select = new StringBuilder("SELECT e.id, e.version");
            fields.forEach(name -> select.append(", e.").append(name));
            select.append(" FROM ").append(type.getDescriptor().getAlias()).append(" e");
            // a report query: rows come back as arrays, no entities are built or cached. Read through a forward-only
            // cursor, a row at a time: getResultList built every row first (EclipseLink's records, then the arrays),
            // which for the dataset's 1M deals or two months of snapshot grades overflowed a 512 MiB heap (BENCHMARKS.md)
            // (CursoredStream: Derby refuses the ScrollableCursor's getRow() on a forward-only result set, and a
            // scroll-insensitive one would copy the rows into Derby's own buffer)
            CursoredStream cursor = (CursoredStream) em.createQuery(select.toString())
                    .setHint(QueryHints.CURSOR, HintValues.TRUE)
                    .setHint(QueryHints.CURSOR_PAGE_SIZE, SCAN_PAGE)
                    .getSingleResult();
            try {
                while (cursor.hasNext()) {
                    Object[] columns = (Object[]) cursor.next();
                    Object[] values = new Object[wanted.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = fromColumn(wanted.get(i), columns[i + 2]);
                    }
                    sink.row(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue(), values);
                    if (cursor.getPosition() >= SCAN_PAGE) {
                        cursor.releasePrevious(); // the stream keeps what it read until told to let go
                    }
                }
            } finally {
                cursor.close();
            }
            return null;
        });
    }

    @Override
    public List<StoredRecord> findByOwner(String entity, long ownerId) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            if (!isOwned(entity)) {
                throw new IllegalArgumentException(entity + " is not owned by another entity");
            }
            List<?> records = em.createQuery("SELECT e FROM " + type.getDescriptor().getAlias() + " e WHERE e." + OWNER
                    + " = :owner ORDER BY e.id").setParameter("owner", ownerId).getResultList();
            return records.stream().map(r -> toRecord(entity, (DynamicEntity) r)).toList();
        });
    }

    @Override
    public StoredRecord update(String entity, long id, int expectedVersion, Map<String, Object> changes) throws StoreException {
        return inTransaction(entity, id, (em, type) -> {
            DynamicEntity record = (DynamicEntity) em.find(type.getJavaClass(), id);
            int stored = record == null ? -1 : ((Number) record.get(VERSION)).intValue();
            if (stored != expectedVersion) {
                throw conflict(entity, id, expectedVersion, stored);
            }
            Map<String, Object> before = valuesOf(record, changes.keySet());
            assign(entity, record, changes);
            em.flush(); // UPDATE ... WHERE ID = ? AND VERSION = ?: a newer row in the database fails here
            audit(em, w -> w.changed(entity, id, owner(entity, record), before, changes, null));
            return toRecord(entity, record);
        });
    }

    @Override
    public Updates updateAll(String entity, List<RecordChange> changes) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            List<DynamicEntity> changed = new ArrayList<>(changes.size());
            List<Long> conflicts = new ArrayList<>();
            List<Map<String, Object>> before = new ArrayList<>();
            for (RecordChange change : changes) {
                DynamicEntity record = (DynamicEntity) em.find(type.getJavaClass(), change.id());
                if (record == null || ((Number) record.get(VERSION)).intValue() != change.expectedVersion()) {
                    conflicts.add(change.id()); // checked here so that one stale record does not cost the chunk
                } else {
                    before.add(valuesOf(record, change.changes().keySet()));
                    assign(entity, record, change.changes());
                    changed.add(record);
                }
            }
            em.flush(); // each UPDATE still checks VERSION: a writer in between fails the whole chunk as a conflict
            audit(em, w -> {
                for (int i = 0; i < changed.size(); i++) {
                    DynamicEntity record = changed.get(i);
                    Map<String, Object> after = valuesOf(record, before.get(i).keySet());
                    w.changed(entity, ((Number) record.get(ID)).longValue(), owner(entity, record), before.get(i), after, null);
                }
            });
            return new Updates(changed.stream().map(r -> toRecord(entity, r)).toList(), List.copyOf(conflicts));
        });
    }

    @Override
    public Replaced replaceOwned(java.util.Collection<Long> owners, List<Replacement> replacements) throws StoreException {
        if (replacements.isEmpty()) {
            return new Replaced(0, List.of());
        }
        List<Long> ownerIds = List.copyOf(owners);
        Replaced replaced = inTransaction(replacements.get(0).entity(), -1, (em, first) -> {
            int deleted = 0;
            IdList created = new IdList();
            try {
                Connection connection = em.unwrap(Connection.class);
                for (Replacement replacement : replacements) {
                    String entity = replacement.entity();
                    type(entity);
                    if (!isOwned(entity)) {
                        throw new IllegalArgumentException(entity + " is not owned by another entity");
                    }
                    FieldDescriptor key = entities.get(entity).field(replacement.keyField())
                            .filter(f -> f.kind() == FieldKind.TEXT || f.kind() == FieldKind.LONG_TEXT)
                            .orElseThrow(() -> new IllegalArgumentException(entity + " has no text field " + replacement.keyField()));
                    int gone = OwnedDelete.byPrefix(connection, SchemaStore.table(entity), SchemaStore.column(key.column()), ownerIds, replacement.keyPrefix());
                    deleted += gone;
                    // JDBC batches row by row from creates (computed rows are built as they are bound), no entities
                    long[] ids = new ImportWrite(this, em, entity).insert(entity, replacement.creates(), BatchProgress.NONE);
                    created.append(ids);
                    // a bulk write (an analysis's tags and grades): one line for what it removed, one for what it added
                    audit(em, w -> {
                        w.summary(Action.DELETE, entity, null, replacement.keyField(), gone + " × " + replacement.keyPrefix() + "*", null);
                        w.summary(Action.CREATE_ALL, entity, null, null, AuditWriter.runs(ids), null);
                    });
                }
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
            return new Replaced(deleted, created);
        });
        // the deletes went past EclipseLink: drop what its shared cache may hold of them
        for (Replacement replacement : replacements) {
            factory().getCache().evict(type(replacement.entity()).getJavaClass());
        }
        return replaced;
    }

    @Override
    public ImportBatch importRecords(String entity, String label, List<Map<String, Object>> creates, List<RecordChange> updates,
            List<OwnedRecord> owned, BatchProgress progress) throws StoreException {
        return inTransaction(entity, -1, (em, type) -> {
            try {
                return new ImportWrite(this, em, entity).run(label, creates, updates, owned, progress);
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
    }

    @Override
    public List<ImportBatch> importBatches() throws StoreException {
        try (Connection connection = database.connect()) {
            List<ImportBatch> batches = ImportJournal.list(connection);
            connection.commit();
            return batches;
        } catch (SQLException e) {
            throw failure(new PersistenceException(e));
        }
    }

    @Override
    public ImportBatch undoImport(long batchId) throws StoreException {
        ImportJournal.Entries known;
        try (Connection connection = database.connect()) {
            known = ImportJournal.read(connection, batchId);
            connection.commit();
        } catch (SQLException e) {
            throw failure(new PersistenceException(e));
        }
        if (known == null) {
            throw new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.importUnknown, batchId), null);
        }
        ImportBatch undone = inTransaction(known.batch().entity(), -1, (em, type) -> {
            try {
                ImportBatch batch = new ImportUndo(this, em).run(batchId);
                audit(em, w -> w.summary(Action.UNDO_IMPORT, batch.entity(), null, null, batch.label(), batch.id()));
                return batch;
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
        // the deletes went past EclipseLink: drop what its shared cache may still hold of the deleted records
        factory().getCache().evictAll();
        return undone;
    }

    /** What audit lines a transaction writes, on its own connection (so they commit and roll back with the change). */
    interface AuditLines {
        void write(AuditWriter writer) throws SQLException;
    }

    /** Writes audit lines in the transaction of {@code em}; see {@link AuditWriter}. */
    static void audit(EntityManager em, AuditLines lines) {
        try (AuditWriter writer = new AuditWriter(em.unwrap(Connection.class))) {
            lines.write(writer);
            writer.flush();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** The record's values of some fields as its columns hold them (the "before" of an audited change). */
    private static Map<String, Object> valuesOf(DynamicEntity record, java.util.Collection<String> names) {
        Map<String, Object> values = new HashMap<>();
        names.forEach(name -> values.put(name, record.get(name)));
        return values;
    }

    /** The owner's id of a contained record (for the audit log's "customer"), or null. */
    Long owner(String entity, DynamicEntity record) {
        return isOwned(entity) && record.get(OWNER) instanceof Number n ? n.longValue() : null;
    }

    @Override
    public MergeEntry merge(MergeRequest request) throws StoreException {
        MergeEntry merged = inTransaction(request.entity(), request.survivorId(), (em, type) -> {
            try {
                DynamicEntity survivor = (DynamicEntity) em.find(type.getJavaClass(), request.survivorId());
                Map<String, Object> before = survivor == null ? Map.of() : valuesOf(survivor, request.survivorChanges().keySet());
                MergeEntry entry = new RecordMerge(this, em).run(request);
                // the survivor's changed fields like an edit; each merged-away record one DELETE line naming the survivor
                audit(em, w -> {
                    w.changed(entry.entity(), entry.survivorId(), null, before, request.survivorChanges(), null);
                    for (Long gone : entry.mergedIds()) {
                        w.summary(Action.DELETE, entry.entity(), gone, null, "-> #" + entry.survivorId() + " " + entry.label(), null);
                    }
                });
                return entry;
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
        factory().getCache().evictAll(); // owned records and references moved past EclipseLink
        return merged;
    }

    @Override
    public MergeEntry undo(long mergeId) throws StoreException {
        MergeEntry undone = inTransaction("Customer", -1, (em, any) -> {
            try {
                MergeUndo.Undone done = new MergeUndo(this, em).run(mergeId);
                MergeEntry merge = done.merge();
                // one line for the undo; the records back like created ones, the survivor's old values like an edit
                audit(em, w -> {
                    w.summary(Action.UNDO_MERGE, merge.entity(), merge.survivorId(), null, "#" + merge.id() + " " + merge.label() + " <- "
                            + merge.mergedIds().stream().map(id -> "#" + id).collect(java.util.stream.Collectors.joining(", "))
                            + " (" + done.movedBack() + ")", null);
                    for (Map.Entry<Long, Map<String, Object>> back : done.recreated().entrySet()) {
                        w.created(merge.entity(), back.getKey(), null, back.getValue());
                    }
                    w.changed(merge.entity(), merge.survivorId(), null, done.survivorBefore(), done.survivorRestored(), null);
                });
                return merge;
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
        factory().getCache().evictAll(); // records inserted and re-pointed past EclipseLink
        return undone;
    }

    @Override
    public List<MergeEntry> merges() throws StoreException {
        factory(); // the entities' schemas, to type the journal's values
        try (Connection connection = database.connect()) {
            List<MergeEntry> merges = MergeJournal.list(connection, entities::get);
            connection.commit();
            return merges;
        } catch (SQLException e) {
            throw failure(new PersistenceException(e));
        }
    }

    @Override
    public StoredRecord save(String entity, long id, int expectedVersion, Map<String, Object> changes, Map<String, String> marks)
            throws StoreException {
        return inTransaction(entity, id, (em, type) -> {
            DynamicEntity current = id < 0 ? null : (DynamicEntity) em.find(type.getJavaClass(), id);
            Map<String, Object> before = current == null ? Map.of() : valuesOf(current, changes.keySet());
            PendingMarksWrite write = new PendingMarksWrite(this, em);
            StoredRecord saved = write.save(entity, id, expectedVersion, changes, marks);
            audit(em, w -> {
                if (id < 0) {
                    w.created(entity, saved.id(), null, changes);
                } else {
                    w.changed(entity, saved.id(), null, before, changes, null);
                }
                // each 待确认/待补充 mark set, changed or cleared: a PendingField line naming the marked field, state old → new
                for (PendingMarksWrite.MarkChange mark : write.markChanges()) {
                    Action action = mark.before() == null ? Action.CREATE : mark.after() == null ? Action.DELETE : Action.UPDATE;
                    w.mark(action, PendingMarks.ENTITY, ((Number) mark.mark().get(ID)).longValue(), saved.id(), mark.field(), mark.before(),
                            mark.after());
                }
            });
            return saved;
        });
    }

    @Override
    public Map<String, String> marks(String entity, long id) throws StoreException {
        return inTransaction(entity, id, (em, type) -> new PendingMarksWrite(this, em).marks(id));
    }

    /** The mapped type of an entity, for the import's writer and undo (inside a transaction of this repository). */
    DynamicType type(String entity) throws StoreException {
        DynamicType type = types.get(entity);
        if (type == null) {
            throw new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.unknownEntity, entity), null);
        }
        return type;
    }

    EntitySchema entitySchema(String entity) {
        return entities.get(entity);
    }

    synchronized MergedSchema mappedSchema() {
        return builtFor;
    }

    private interface Work<T> {
        T run(EntityManager em, DynamicType type) throws StoreException;
    }

    private <T> T inTransaction(String entity, long id, Work<T> work) throws StoreException {
        EntityManager em = factory().createEntityManager();
        try {
            DynamicType type = types.get(entity);
            if (type == null) {
                throw new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.unknownEntity, entity), null);
            }
            em.getTransaction().begin();
            T result = work.run(em, type);
            em.getTransaction().commit();
            return result;
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw conflict(entity, id, -1, -1);
            }
            throw failure(e);
        } catch (PersistenceException e) {
            throw failure(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private synchronized EntityManagerFactory factory() throws StoreException {
        MergedSchema schema = schemas.schema();
        if (factory != null && schema != builtFor) {
            close(); // an admin changed the schema: map the new columns (the store has migrated before it is in force)
        }
        if (factory == null) {
            database.open();
            builtFor = schema;
            EmbeddedDataSource dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName(database.location().toString());
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.CLASSLOADER, JpaRecordRepository.class.getClassLoader());
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
            properties.put(PersistenceUnitProperties.TARGET_DATABASE, "Derby");
            properties.put(PersistenceUnitProperties.WEAVING, "false");
            properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
            properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
            properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
            properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, IdentitySequencing.class.getName());
            factory = new PersistenceProvider().createEntityManagerFactory(UNIT, properties);
            DynamicClassLoader loader = new DynamicClassLoader(JpaRecordRepository.class.getClassLoader());
            for (EntitySchema entity : schema.entities().values()) {
                types.put(entity.name(), buildType(loader, entity, schema.ownerOf(entity.name()).isPresent()));
                entities.put(entity.name(), entity);
            }
            new JPADynamicHelper(factory).addTypes(false, false, types.values().toArray(DynamicType[]::new));
        }
        return factory;
    }

    private static DynamicType buildType(DynamicClassLoader loader, EntitySchema entity, boolean owned) {
        String table = SchemaStore.table(entity.name());
        Class<?> javaClass = loader.createDynamicClass("io.clientbench.store.dynamic." + entity.name());
        JPADynamicTypeBuilder builder = new JPADynamicTypeBuilder(loader, new IndexedRowDescriptor(javaClass, table), null);
        builder.setPrimaryKeyFields("ID");
        builder.addDirectMapping(ID, Long.class, "ID");
        builder.addDirectMapping(VERSION, Integer.class, "VERSION");
        if (owned) {
            builder.addDirectMapping(OWNER, Long.class, "OWNER_ID");
        }
        for (FieldDescriptor field : entity.fields()) {
            if (field.kind().isStored()) {
                builder.addDirectMapping(field.name(), javaType(field.kind()), SchemaStore.column(field.column()));
            }
        }
        builder.configureSequencing(JdbcSchemaStore.ID_SEQUENCE, "ID"); // the default sequence (IdentitySequencing)
        VersionLockingPolicy lock = new VersionLockingPolicy("VERSION");
        lock.storeInObject(); // the version is the entity's own "version" attribute, as with @Version
        builder.getType().getDescriptor().setOptimisticLockingPolicy(lock);
        return builder.getType();
    }

    private static Class<?> javaType(FieldKind kind) {
        return switch (kind) {
            case INTEGER, REFERENCE -> Long.class;
            case DECIMAL -> BigDecimal.class;
            case DATE -> LocalDate.class;
            case DATE_TIME -> LocalDateTime.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    void assign(String entity, DynamicEntity record, Map<String, Object> values) {
        EntitySchema schema = entities.get(entity);
        checkValueFields(schema, valueFields(schema), values.keySet(), true);
        values.forEach((name, value) -> record.set(name, toColumn(value)));
    }

    /**
     * The names of the entity's stored fields (values and references, as ids), to check many records against (a field
     * lookup is a linear search).
     */
    static java.util.Set<String> valueFields(EntitySchema entity) {
        return entity.fields().stream().filter(f -> f.kind().isStored()).map(FieldDescriptor::name).collect(java.util.stream.Collectors.toSet());
    }

    /** Refuses names that are not among {@code valueFields} (the owner link only where {@code ownerAllowed}). */
    static void checkValueFields(EntitySchema entity, java.util.Set<String> valueFields, java.util.Collection<String> names, boolean ownerAllowed) {
        for (String name : names) {
            if (!(ownerAllowed && OWNER.equals(name)) && !valueFields.contains(name)) {
                throw new IllegalArgumentException(entity.name() + " has no value field " + name);
            }
        }
    }

    /** A value as its column holds it: a multi-value list as one separated text. */
    static Object toColumn(Object value) {
        return value instanceof List<?> list ? String.join(MULTI_SEPARATOR, list.stream().map(String::valueOf).toList()) : value;
    }

    StoredRecord toRecord(String entity, DynamicEntity record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDescriptor field : entities.get(entity).fields()) {
            if (!field.kind().isStored()) {
                continue;
            }
            Object value = fromColumn(field, record.get(field.name()));
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return new StoredRecord(entity, ((Number) record.get(ID)).longValue(), ((Number) record.get(VERSION)).intValue(), Map.copyOf(values));
    }

    /** Whether the entity's records belong to another's (a contact to its customer), in the mapped schema. */
    synchronized boolean isOwned(String entity) {
        return builtFor.ownerOf(entity).isPresent();
    }

    private static Object fromColumn(FieldDescriptor field, Object value) {
        return value != null && field != null && field.kind() == FieldKind.MULTI_ENUM ? Arrays.asList(((String) value).split(MULTI_SEPARATOR)) : value;
    }

    static StoreException conflict(String entity, long id, int expected, int stored) {
        return new StoreException(Reason.CONFLICT, NLS.bind(StoreMessages.conflict, new Object[] { entity,
                id < 0 ? "?" : Long.toString(id), expected < 0 ? "?" : Integer.toString(expected), stored < 0 ? "?" : Integer.toString(stored) }), null);
    }

    /** The database's own error (its SQLState and text) from deep inside EclipseLink's exception chain. */
    private StoreException failure(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof java.sql.SQLException)) {
            cause = cause.getCause();
        }
        String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : "?";
        String text = cause != null ? cause.getMessage() : e.getMessage();
        return new StoreException(Reason.DATABASE_ERROR, NLS.bind(StoreMessages.databaseError,
                new Object[] { database.location(), state, text }), e);
    }
}
