package io.clientbench.store.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Ids as an unmodifiable {@code List<Long>} over a primitive array, boxed only when read: a month-start snapshot
 * creates 300k records, whose ids as a list of {@code Long}s (and its copy) took some 7 MB for a result its caller
 * mostly ignores.
 */
final class IdList extends AbstractList<Long> implements RandomAccess {

    private long[] ids = new long[0];
    private int size;

    /** Appends ids; only while the list is being built, before it is handed out. */
    void append(long[] more) {
        if (size + more.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(size + more.length, ids.length * 2));
        }
        System.arraycopy(more, 0, ids, size, more.length);
        size += more.length;
    }

    @Override
    public Long get(int index) {
        java.util.Objects.checkIndex(index, size);
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }
}
