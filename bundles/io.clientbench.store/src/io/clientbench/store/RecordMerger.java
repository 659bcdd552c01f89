package io.clientbench.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Merges duplicate records into one, in one transaction: every record they own (a customer's contacts, deals,
 * follow-ups, needs, visits, tags, grades, pending marks) and every reference to them (an invitation's customer) moves
 * to the surviving record, the survivor takes the chosen values at the version it was read at, the others are deleted,
 * and a merge journal keeps what each record held before, so that {@link #undo} can take the merge back while nobody
 * has worked on its result. An OSGi service beside {@link RecordRepository} (the same component), kept apart so that
 * the merge is one operation others (an audit log) can follow.
 */
public interface RecordMerger {

    /**
     * @param entity          the entity of the records (Customer)
     * @param survivorId      the record that stays
     * @param survivorVersion the survivor's version as read
     * @param survivorChanges the values the survivor takes (a null value clears the field)
     * @param merged          the records merged away: id → version as read
     * @param label           what the user reads in the journal (e.g. the survivor's name)
     */
    record MergeRequest(String entity, long survivorId, int survivorVersion, Map<String, Object> survivorChanges,
            Map<Long, Integer> merged, String label) {
    }

    /**
     * One merge as the journal keeps it.
     *
     * @param before the values each record had before the merge, by id (the survivor's and the merged-away ones')
     * @param moved  the records re-pointed to the survivor: "Entity" or "Entity.field" → their ids
     * @param undoneAt when the merge was undone ({@link #undo}), or null
     */
    record MergeEntry(long id, String entity, long survivorId, List<Long> mergedIds, String label, Instant at,
            Map<Long, Map<String, Object>> before, Map<String, List<Long>> moved, Instant undoneAt) {

        /** A merge not undone (the entry as it was before undo existed). */
        public MergeEntry(long id, String entity, long survivorId, List<Long> mergedIds, String label, Instant at,
                Map<Long, Map<String, Object>> before, Map<String, List<Long>> moved) {
            this(id, entity, survivorId, mergedIds, label, at, before, moved, null);
        }

        /** Whether {@link RecordMerger#undo} took this merge back. */
        public boolean undone() {
            return undoneAt != null;
        }
    }

    /**
     * Merges as asked, all or nothing.
     *
     * @return the journal's entry of this merge
     * @throws StoreException {@link StoreException.Reason#CONFLICT} when the survivor or a merged record was saved or
     *                        deleted by someone since it was read; nothing is changed then
     */
    MergeEntry merge(MergeRequest request) throws StoreException;

    /**
     * Takes one merge back, all or nothing: the merged-away records come back with their ids and values, the survivor
     * gets its values from before the merge, and every record the merge re-pointed points at its old owner again. The
     * journal entry is marked undone and kept.
     *
     * @return the journal's entry of the merge, now undone
     * @throws StoreException {@link StoreException.Reason#CONFLICT} when the merge is unknown or already undone, or the
     *                        survivor or a moved record was changed or deleted after the merge; nothing is changed then
     */
    MergeEntry undo(long mergeId) throws StoreException;

    /** The merges the journal keeps, newest first. */
    List<MergeEntry> merges() throws StoreException;
}
