package io.clientbench.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Replaces the records a rule source keeps on customers — an analysis's Tag and Grade records, a month-start snapshot —
 * in one transaction. A service of its own beside {@link RecordRepository} (the same store implements both): it is
 * bookkeeping the analyses write, not a presentation path, so decorators of the repository a workbench hands to its
 * views (masking) need not know it. An OSGi service; usable without SWT.
 */
public interface OwnedRecords {

    /**
     * Records of one contained entity to replace on some owners: those whose text field {@code keyField} starts with
     * {@code keyPrefix} go, {@code creates} (each naming its owner under {@link RecordRepository#OWNER}) come.
     */
    record Replacement(String entity, String keyField, String keyPrefix, List<Map<String, Object>> creates) {
        public Replacement {
            if (keyPrefix == null || keyPrefix.isEmpty()) {
                throw new IllegalArgumentException("an empty prefix would delete every record of the owners");
            }
            creates = List.copyOf(creates);
        }
    }

    /** What {@link #replaceOwned} did: how many earlier records it deleted, and the ids of the new ones, in order. */
    record Replaced(int deleted, List<Long> created) {
    }

    /**
     * Replaces, in one transaction, the records that a rule source keeps on some owners, for each {@link Replacement}
     * in turn: an analysis's tags and grades written again replace its earlier ones (their rule starts with the
     * analysis's id) and leave every other record — set by hand or by another analysis — alone. All or none.
     *
     * @throws IllegalArgumentException when an entity is not owned or a key field is not one of its text fields
     */
    Replaced replaceOwned(Collection<Long> owners, List<Replacement> replacements) throws StoreException;
}
