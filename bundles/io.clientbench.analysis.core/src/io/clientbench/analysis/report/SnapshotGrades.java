package io.clientbench.analysis.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.clientbench.store.RecordRepository;

/**
 * A month-start snapshot's grade records while it is taken, kept compactly: per record the customer's id and a code
 * naming (scheme, value), the codes' texts once each. As {@code Map.of} rows, 300k records (100k customers) held some
 * 80 MB until the commit (BENCHMARKS.md); as two arrays they take about 4 MB, and {@link #row} builds a record's row
 * when the store binds it.
 */
final class SnapshotGrades {

    private static final String RULE = "rule", MONTH = "snapshotMonth";

    private final List<String> schemes;
    private final String rulePrefix;
    /** Per field, the code of each value seen; codes index {@link #codeScheme} and {@link #codeValue}. */
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private final List<String> codeScheme = new ArrayList<>(), codeValue = new ArrayList<>(), codeRule = new ArrayList<>();
    private long[] owners = new long[1024];
    private int[] rowCodes = new int[1024];
    private int size;

    /** @param schemes the Grade scheme of each scanned field, in the scan's order */
    SnapshotGrades(List<String> schemes, String rulePrefix) {
        this.schemes = List.copyOf(schemes);
        this.rulePrefix = rulePrefix;
        schemes.forEach(s -> codes.add(new HashMap<>()));
    }

    /** Adds a grade record: the customer's value of the field at {@code field} (an index into the schemes). */
    void add(long owner, int field, String value) {
        Integer code = codes.get(field).get(value);
        if (code == null) {
            code = codeScheme.size();
            codes.get(field).put(value, code);
            codeScheme.add(schemes.get(field));
            codeValue.add(value);
            codeRule.add(rulePrefix + schemes.get(field));
        }
        if (size == owners.length) {
            owners = Arrays.copyOf(owners, size * 2);
            rowCodes = Arrays.copyOf(rowCodes, size * 2);
        }
        owners[size] = owner;
        rowCodes[size] = code;
        size++;
    }

    int size() {
        return size;
    }

    /** The record at {@code index} as the store writes it: owner, scheme, value, rule, month and time taken. */
    Map<String, Object> row(int index, LocalDate month, LocalDateTime at) {
        int code = rowCodes[index];
        return Map.of(RecordRepository.OWNER, owners[index], "scheme", codeScheme.get(code), "value", codeValue.get(code), RULE, codeRule.get(code),
                MONTH, month, "assignedAt", at);
    }
}
