package io.clientbench.store.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.persistence.dynamic.DynamicEntity;
import org.eclipse.persistence.dynamic.DynamicType;

import io.clientbench.store.PendingMarks;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.store.StoredRecord;
import jakarta.persistence.EntityManager;

/** A record's save with its 待确认/待补充 marks, inside the repository's transaction (see {@link PendingMarks}). */
final class PendingMarksWrite {

    /** A mark set, changed or cleared by a save, for the audit log: {@code before} or {@code after} null when none. */
    record MarkChange(DynamicEntity mark, String field, String before, String after) {
    }

    private final JpaRecordRepository repository;
    private final EntityManager em;
    private final List<MarkChange> markChanges = new java.util.ArrayList<>();

    PendingMarksWrite(JpaRecordRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
    }

    StoredRecord save(String entity, long id, int expectedVersion, Map<String, Object> changes, Map<String, String> marks)
            throws StoreException {
        if (!repository.mappedSchema().ownerOf(PendingMarks.ENTITY).filter(entity::equals).isPresent()) {
            throw new IllegalArgumentException(entity + " keeps no " + PendingMarks.ENTITY + " records");
        }
        DynamicType type = repository.type(entity);
        DynamicEntity record;
        if (id < 0) {
            record = (DynamicEntity) type.newDynamicEntity();
            repository.assign(entity, record, changes);
            em.persist(record);
        } else {
            record = (DynamicEntity) em.find(type.getJavaClass(), id);
            int stored = record == null ? -1 : ((Number) record.get(JpaRecordRepository.VERSION)).intValue();
            if (stored != expectedVersion) {
                throw JpaRecordRepository.conflict(entity, id, expectedVersion, stored);
            }
            repository.assign(entity, record, changes);
        }
        em.flush(); // the version check of the UPDATE, and the new record's id
        long owner = ((Number) record.get(JpaRecordRepository.ID)).longValue();
        Set<String> kept = new HashSet<>();
        boolean marksChanged = false;
        for (DynamicEntity mark : existing(owner)) {
            String field = mark.get(PendingMarks.FIELD);
            String state = marks.get(field);
            if (state == null || !kept.add(field)) {
                em.remove(mark); // the field has its value now, or the mark was cleared (or is a second one)
                markChanges.add(new MarkChange(mark, field, mark.get(PendingMarks.STATE), null));
                marksChanged = true;
            } else if (!state.equals(mark.get(PendingMarks.STATE))) {
                markChanges.add(new MarkChange(mark, field, mark.get(PendingMarks.STATE), state));
                mark.set(PendingMarks.STATE, state);
                marksChanged = true;
            }
        }
        DynamicType markType = repository.type(PendingMarks.ENTITY);
        for (Map.Entry<String, String> wanted : marks.entrySet()) {
            if (!kept.contains(wanted.getKey())) {
                DynamicEntity mark = (DynamicEntity) markType.newDynamicEntity();
                repository.assign(PendingMarks.ENTITY, mark, Map.of(RecordRepository.OWNER, owner, PendingMarks.FIELD, wanted.getKey(),
                        PendingMarks.STATE, wanted.getValue()));
                em.persist(mark);
                markChanges.add(new MarkChange(mark, wanted.getKey(), null, wanted.getValue()));
                marksChanged = true;
            }
        }
        if (marksChanged && id >= 0 && changes.isEmpty()) {
            // only the marks changed: the record's version still moves, so another editor open on it gets a conflict
            // instead of silently putting its own marks back
            em.lock(record, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        return repository.toRecord(entity, record);
    }

    /** The marks the last {@link #save} set, changed or cleared (ids known: it has flushed). */
    List<MarkChange> markChanges() {
        return markChanges;
    }

    Map<String, String> marks(long owner) throws StoreException {
        Map<String, String> marks = new java.util.LinkedHashMap<>();
        for (DynamicEntity mark : existing(owner)) {
            marks.putIfAbsent(mark.get(PendingMarks.FIELD), mark.get(PendingMarks.STATE));
        }
        return marks;
    }

    @SuppressWarnings("unchecked")
    private List<DynamicEntity> existing(long owner) throws StoreException {
        return em.createQuery("SELECT e FROM " + repository.type(PendingMarks.ENTITY).getDescriptor().getAlias() + " e WHERE e."
                + RecordRepository.OWNER + " = :owner ORDER BY e.id").setParameter("owner", owner).getResultList();
    }
}
