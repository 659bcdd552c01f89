package io.clientbench.analysis.dataset;

import java.util.Arrays;

/**
 * Record id to row number, open addressing on primitive arrays: a {@code HashMap<Long, Integer>} of 1M deals would
 * cost about 60 MB of boxes and entries, this about 24 MB.
 */
final class LongIntMap {

    static final int MISSING = -1;
    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        values = new int[capacity];
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return MISSING;
            }
        }
    }

    void put(long key, int value) {
        if (key == FREE) {
            throw new IllegalArgumentException("id " + key + " is reserved");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == FREE) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Ids are mostly consecutive: spread them (a Fibonacci hash) so that runs do not cluster. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
