package io.clientbench.store;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Replaces the records a rule source keeps on customers — an analysis's Tag and Grade records, a month-start snapshot —
 * in one transaction. A service of its own beside {@link RecordRepository} (the same store implements both): it is
 * bookkeeping the analyses write, not a presentation path, so decorators of the repository a workbench hands to its
 * views (masking) need not know it. An OSGi service; usable without SWT.
 */
public interface OwnedRecords {

    /**
     * Records of one contained entity to replace on some owners: those whose text field {@code keyField} starts with
     * {@code keyPrefix} go, {@code creates} (each naming its owner under {@link RecordRepository#OWNER}) come. A list
     * given here is copied; rows made by {@link #computed} are not, and are built one at a time while they are written.
     */
    record Replacement(String entity, String keyField, String keyPrefix, List<Map<String, Object>> creates) {
        public Replacement {
            if (keyPrefix == null || keyPrefix.isEmpty()) {
                throw new IllegalArgumentException("an empty prefix would delete every record of the owners");
            }
            // copying computed rows would build every one of them at once, which is what they are there to avoid
            creates = creates instanceof ComputedRows ? creates : List.copyOf(creates);
        }

        /**
         * A replacement whose {@code size} new records are computed by {@code row} when the store reads them, from
         * whatever compact form the caller keeps: a month-start snapshot of 100k customers need not hold its 300k rows
         * as maps until the commit (BENCHMARKS.md). The store may read a row more than once (checks, then the insert),
         * so {@code row} must give equal rows for an index each time and must not change its data during the call.
         */
        public static Replacement computed(String entity, String keyField, String keyPrefix, int size, IntFunction<Map<String, Object>> row) {
            return new Replacement(entity, keyField, keyPrefix, new ComputedRows(size, row));
        }

        /** An unmodifiable list whose elements are computed on each read. */
        private static final class ComputedRows extends AbstractList<Map<String, Object>> implements RandomAccess {

            private final int size;
            private final IntFunction<Map<String, Object>> row;

            ComputedRows(int size, IntFunction<Map<String, Object>> row) {
                if (size < 0) {
                    throw new IllegalArgumentException("size " + size);
                }
                this.size = size;
                this.row = Objects.requireNonNull(row);
            }

            @Override
            public Map<String, Object> get(int index) {
                Objects.checkIndex(index, size);
                return row.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        }
    }

    /**
     * What {@link #replaceOwned} did: how many earlier records it deleted, and the ids of the new ones, in order (an
     * unmodifiable list, which may be a view of the store's own id array).
     */
    record Replaced(int deleted, List<Long> created) {
    }

    /**
     * Replaces, in one transaction, the records that a rule source keeps on some owners, for each {@link Replacement}
     * in turn: an analysis's tags and grades written again replace its earlier ones (their rule starts with the
     * analysis's id) and leave every other record — set by hand or by another analysis — alone. All or none. The new
     * records are written with batched JDBC inserts, a row at a time from {@code creates}: no entities, nothing in
     * EclipseLink's cache, so a replacement of computed rows holds only its current batch.
     *
     * @throws IllegalArgumentException when an entity is not owned or a key field is not one of its text fields
     */
    Replaced replaceOwned(Collection<Long> owners, List<Replacement> replacements) throws StoreException;
}
