package io.clientbench.core.navigator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The navigator's data: some fields of every customer, column by column (a 100k-customer branch fits in a few tens of
 * MiB this way). Immutable; an edit gives a new instance that shares the untouched columns.
 */
public final class CustomerRows {

    private final List<String> fields;
    private final long[] ids;
    private final int[] versions;
    private final Object[][] columns; // [field][row]
    private final int size;

    private CustomerRows(List<String> fields, long[] ids, int[] versions, Object[][] columns, int size) {
        this.fields = List.copyOf(fields);
        this.ids = ids;
        this.versions = versions;
        this.columns = columns;
        this.size = size;
    }

    public static Builder builder(List<String> fields) {
        return new Builder(fields);
    }

    public List<String> fields() {
        return fields;
    }

    public int size() {
        return size;
    }

    public long id(int row) {
        return ids[row];
    }

    public int version(int row) {
        return versions[row];
    }

    /** The value of a field in a row, or null (also for a field that was not loaded). */
    public Object value(int row, String field) {
        int column = fields.indexOf(field);
        return column < 0 ? null : columns[column][row];
    }

    Object[] column(String field) {
        int column = fields.indexOf(field);
        return column < 0 ? null : columns[column];
    }

    /** The row of a record id, or -1. */
    public int rowOf(long id) {
        for (int row = 0; row < size; row++) {
            if (ids[row] == id) {
                return row;
            }
        }
        return -1;
    }

    /** These rows with one record added or replaced (after a save); fields not given keep their value. */
    public CustomerRows with(long id, int version, Map<String, Object> values) {
        int row = rowOf(id);
        int newSize = row < 0 ? size + 1 : size;
        int target = row < 0 ? size : row;
        long[] newIds = Arrays.copyOf(ids, newSize);
        int[] newVersions = Arrays.copyOf(versions, newSize);
        newIds[target] = id;
        newVersions[target] = version;
        Object[][] newColumns = new Object[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            String field = fields.get(c);
            if (values.containsKey(field) || row < 0) {
                newColumns[c] = Arrays.copyOf(columns[c], newSize);
                newColumns[c][target] = values.get(field);
            } else {
                newColumns[c] = columns[c];
            }
        }
        return new CustomerRows(fields, newIds, newVersions, newColumns, newSize);
    }

    /**
     * These rows with one more column, or that column replaced: a value per record id, null for the others (the
     * names of each customer's Tag records, which the customer scan cannot read).
     */
    public CustomerRows withColumn(String field, Map<Long, ?> byId) {
        int existing = fields.indexOf(field);
        List<String> newFields = new ArrayList<>(fields);
        Object[][] newColumns = Arrays.copyOf(columns, existing < 0 ? columns.length + 1 : columns.length);
        Object[] column = new Object[size];
        for (int row = 0; row < size; row++) {
            column[row] = byId.get(ids[row]);
        }
        if (existing < 0) {
            newFields.add(field);
            newColumns[columns.length] = column;
        } else {
            newColumns[existing] = column;
        }
        return new CustomerRows(newFields, ids, versions, newColumns, size);
    }

    /** Collects rows as the store's scan delivers them. */
    public static final class Builder {
        private final List<String> fields;
        private long[] ids = new long[1024];
        private int[] versions = new int[1024];
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(List<String> fields) {
            this.fields = List.copyOf(fields);
        }

        public void add(long id, int version, Object[] values) {
            int row = rows.size();
            if (row == ids.length) {
                ids = Arrays.copyOf(ids, row * 2);
                versions = Arrays.copyOf(versions, row * 2);
            }
            ids[row] = id;
            versions[row] = version;
            rows.add(values);
        }

        public CustomerRows build() {
            int size = rows.size();
            Object[][] columns = new Object[fields.size()][size];
            for (int row = 0; row < size; row++) {
                Object[] values = rows.get(row);
                for (int c = 0; c < columns.length; c++) {
                    columns[c][row] = values[c];
                }
            }
            return new CustomerRows(fields, Arrays.copyOf(ids, size), Arrays.copyOf(versions, size), columns, size);
        }
    }
}
