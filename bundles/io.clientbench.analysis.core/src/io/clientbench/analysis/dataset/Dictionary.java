package io.clientbench.analysis.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct texts of one column, each with a small int code: a column of 1M industry or owner names is then an
 * {@code int[]} and grouping by it is an array index. Codes are handed out in order of first appearance and never
 * change, so a code stays valid across incremental updates.
 */
public final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code of a text, added when new. */
    int code(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** The code of a text, or {@link DataTable#NO_TEXT} when no row has it. */
    public int find(String value) {
        Integer code = codes.get(value);
        return code == null ? DataTable.NO_TEXT : code;
    }

    /** The text of a code; {@code null} for {@link DataTable#NO_TEXT}. */
    public String value(int code) {
        return code == DataTable.NO_TEXT ? null : values.get(code);
    }

    /** How many distinct texts there are: codes run from 0 to size() - 1 (an array per group can be sized by it). */
    public int size() {
        return values.size();
    }
}
