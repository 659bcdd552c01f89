package io.clientbench.analysis.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one entity as columns, one primitive array per field, plus the record ids, an index from id to row and,
 * for a contained entity (a deal), the row of its owner in the customer table.
 * <p>
 * Reading: the {@code numbers/dates/codes} accessors return the backing arrays themselves, so that an analysis loops
 * over them without boxing or a call per value. Only the first {@link #size()} entries are rows, and an array is
 * replaced when the table grows: take it again after an update, and read under {@link Dataset#readLock()}.
 */
public final class DataTable {

    /** An empty date cell. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    /** An empty text cell. */
    public static final int NO_TEXT = -1;
    /** The owner row of a record whose owner is not known. */
    public static final int NO_OWNER = -1;

    private final String entity;
    private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
    private final ColumnKind[] kinds;
    private final double[][] numbers;
    private final int[][] ints;
    private final Dictionary[] dictionaries;
    private final LongIntMap rowById;
    private long[] ids;
    private int[] ownerRows;
    private int size;

    DataTable(String entity, Map<String, ColumnKind> columns, int expectedRows) {
        this.entity = entity;
        int capacity = Math.max(16, expectedRows);
        kinds = columns.values().toArray(ColumnKind[]::new);
        numbers = new double[kinds.length][];
        ints = new int[kinds.length][];
        dictionaries = new Dictionary[kinds.length];
        int c = 0;
        for (String name : columns.keySet()) {
            columnIndex.put(name, c);
            switch (kinds[c]) {
                case NUMBER -> numbers[c] = new double[capacity];
                case DATE -> ints[c] = new int[capacity];
                case TEXT -> {
                    ints[c] = new int[capacity];
                    dictionaries[c] = new Dictionary();
                }
            }
            c++;
        }
        ids = new long[capacity];
        ownerRows = new int[capacity];
        rowById = new LongIntMap(capacity);
    }

    public String entity() {
        return entity;
    }

    public int size() {
        return size;
    }

    /** The field names, in column order. */
    public Collection<String> columns() {
        return columnIndex.keySet();
    }

    public boolean has(String field) {
        return columnIndex.containsKey(field);
    }

    public ColumnKind kind(String field) {
        return kinds[column(field)];
    }

    /** The record id of each row (backing array). */
    public long[] ids() {
        return ids;
    }

    /** The row of a record, or -1. */
    public int row(long id) {
        return rowById.get(id);
    }

    /** Per row, the owner's row in the customer table or {@link #NO_OWNER} (backing array; contained entities only). */
    public int[] ownerRows() {
        return ownerRows;
    }

    /** A {@link ColumnKind#NUMBER} column (backing array). */
    public double[] numbers(String field) {
        return numbers[column(field, ColumnKind.NUMBER)];
    }

    /** A {@link ColumnKind#DATE} column as epoch days (backing array). */
    public int[] dates(String field) {
        return ints[column(field, ColumnKind.DATE)];
    }

    /** A {@link ColumnKind#TEXT} column as dictionary codes (backing array). */
    public int[] codes(String field) {
        return ints[column(field, ColumnKind.TEXT)];
    }

    public Dictionary dictionary(String field) {
        return dictionaries[column(field, ColumnKind.TEXT)];
    }

    /** One cell as a value: a Double, a LocalDate, a String, or null when empty (for tests and small tables). */
    public Object value(int row, String field) {
        int c = column(field);
        return switch (kinds[c]) {
            case NUMBER -> Double.isNaN(numbers[c][row]) ? null : numbers[c][row];
            case DATE -> ints[c][row] == NO_DATE ? null : LocalDate.ofEpochDay(ints[c][row]);
            case TEXT -> dictionaries[c].value(ints[c][row]);
        };
    }

    /**
     * Writes a record's values into its row, adding the row when the id is new. Every column is written: a field
     * missing from {@code values} (as in a stored record, which leaves empty fields out) becomes empty.
     * @return the row
     */
    int upsert(long id, Map<String, ?> values) {
        Object[] ordered = new Object[kinds.length];
        int c = 0;
        for (String name : columnIndex.keySet()) {
            ordered[c++] = values.get(name);
        }
        return upsert(id, ordered);
    }

    /** As {@link #upsert(long, Map)} with the values in column order (the bulk load's path: no map per row). */
    int upsert(long id, Object[] values) {
        int row = rowById.get(id);
        if (row == LongIntMap.MISSING) {
            row = append(id);
        }
        for (int c = 0; c < kinds.length; c++) {
            set(c, row, values[c]);
        }
        return row;
    }

    /** A row with only its id (an owner seen before its own record), or the existing one. */
    int ensure(long id) {
        int row = rowById.get(id);
        return row == LongIntMap.MISSING ? append(id) : row;
    }

    void setOwnerRow(int row, int ownerRow) {
        ownerRows[row] = ownerRow;
    }

    private int append(long id) {
        if (size == ids.length) {
            grow(size + (size >> 1));
        }
        int row = size++;
        ids[row] = id;
        ownerRows[row] = NO_OWNER;
        for (int c = 0; c < kinds.length; c++) {
            set(c, row, null);
        }
        rowById.put(id, row);
        return row;
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        ownerRows = Arrays.copyOf(ownerRows, capacity);
        for (int c = 0; c < kinds.length; c++) {
            if (numbers[c] != null) {
                numbers[c] = Arrays.copyOf(numbers[c], capacity);
            } else {
                ints[c] = Arrays.copyOf(ints[c], capacity);
            }
        }
    }

    private void set(int c, int row, Object value) {
        switch (kinds[c]) {
            case NUMBER -> numbers[c][row] = number(value);
            case DATE -> ints[c][row] = epochDay(value);
            case TEXT -> ints[c][row] = value == null ? NO_TEXT : dictionaries[c].code(text(value));
        }
    }

    private static double number(Object value) {
        return switch (value) {
            case null -> Double.NaN;
            case BigDecimal decimal -> decimal.doubleValue();
            case Number number -> number.doubleValue();
            case Boolean bool -> bool ? 1 : 0;
            case String text -> text.isBlank() ? Double.NaN : Double.parseDouble(text.trim());
            default -> throw new IllegalArgumentException("not a number: " + value.getClass().getName());
        };
    }

    private static int epochDay(Object value) {
        return switch (value) {
            case null -> NO_DATE;
            case LocalDate date -> Math.toIntExact(date.toEpochDay());
            case LocalDateTime time -> Math.toIntExact(time.toLocalDate().toEpochDay());
            case java.sql.Date date -> Math.toIntExact(date.toLocalDate().toEpochDay());
            case java.util.Date date -> Math.toIntExact(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toEpochDay());
            default -> throw new IllegalArgumentException("not a date: " + value.getClass().getName());
        };
    }

    /** Multi-value fields (a list) are kept as one text, values joined by | in their stored order. */
    private static String text(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            list.forEach(part -> parts.add(String.valueOf(part)));
            return String.join("|", parts);
        }
        return value instanceof Enum<?> literal ? literal.name() : value.toString();
    }

    private int column(String field) {
        Integer c = columnIndex.get(field);
        if (c == null) {
            throw new IllegalArgumentException(entity + " has no column " + field + " in this dataset");
        }
        return c;
    }

    private int column(String field, ColumnKind expected) {
        int c = column(field);
        if (kinds[c] != expected) {
            throw new IllegalArgumentException(entity + "." + field + " is a " + kinds[c] + " column, not " + expected);
        }
        return c;
    }
}
