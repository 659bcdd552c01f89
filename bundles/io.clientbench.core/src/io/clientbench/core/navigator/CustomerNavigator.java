package io.clientbench.core.navigator;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldDescriptor;

/**
 * Search, saved views, sort and grouping over {@link CustomerRows}, in memory and off the UI thread: a keystroke over
 * 100k customers is a scan of one lower-cased string per row; sorting uses a rank per field computed once (Chinese
 * text by the locale's collation, i.e. pinyin order), so a later sort or filter only compares ints.
 */
public final class CustomerNavigator {

    private static final char SEPARATOR = '\n';

    /** The columns a new navigator shows (fields an admin adds join them). */
    public static final List<String> DEFAULT_COLUMNS = List.of("customerNo", "fullName", "industry", "region", "sizeBand",
            "owner", "customerClass", "valueGrade", "salesStage", "lastDealDate");

    /** The fields to load for these columns: the columns and what the saved views and grouping read. */
    public static List<String> fieldsToLoad(EntitySchema customer, List<String> columns) {
        LinkedHashSet<String> fields = new LinkedHashSet<>(columns);
        for (SavedView view : SavedView.values()) {
            fields.addAll(view.fields());
        }
        fields.addAll(GROUP_FIELDS);
        return fields.stream().filter(f -> customer.field(f).filter(d -> d.kind().isValue() && !d.hidden()).isPresent()).toList();
    }

    /**
     * The column holding the names of each customer's Tag records (hand-set and written back by analyses), separated
     * by blanks; the loader adds it ({@link CustomerRows#withColumn}). A search word {@code tags:流失} (or 标签:流失)
     * keeps the customers with such a tag.
     */
    public static final String TAGS = "tags";

    /** The fields the navigator can group by: grade, industry, region, owner. */
    public static final List<String> GROUP_FIELDS = List.of("customerClass", "valueGrade", "industry", "region", "owner");

    /** A group of consecutive rows in a result. */
    public record Group(String label, int start, int count) {
    }

    /** The rows to show, in order, and their groups (one group holding all rows when not grouping). */
    public record Result(int[] rows, List<Group> groups) {
        public int size() {
            return rows.length;
        }
    }

    private final EntitySchema customer;
    private final CustomerRows rows;
    private final List<String> columns;
    private final Locale locale;
    private final Map<String, String[]> texts = new ConcurrentHashMap<>();
    private final Map<String, String[]> lowerTexts = new ConcurrentHashMap<>();
    private final Map<String, int[]> ranks = new ConcurrentHashMap<>();
    private volatile String[] haystacks;

    /**
     * @param columns the fields shown, which search looks at; each must be among the rows' fields
     */
    public CustomerNavigator(EntitySchema customer, CustomerRows rows, List<String> columns, Locale locale) {
        this.customer = customer;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.locale = locale;
    }

    public CustomerRows rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** The same navigator over changed rows (caches start afresh). */
    public CustomerNavigator with(CustomerRows newRows) {
        return new CustomerNavigator(customer, newRows, columns, locale);
    }

    /** A cell's text as shown. */
    public String text(int row, String field) {
        String[] column = texts(field);
        return column == null ? "" : column[row];
    }

    public Result query(NavigatorQuery query) {
        List<Term> terms = terms(query.search());
        String[] all = terms.stream().anyMatch(t -> t.field == null) ? haystacks() : null;
        int[] matching = IntStream.range(0, rows.size())
                .filter(query.view().includes(rows, query.currentUser()))
                .filter(row -> terms.stream().allMatch(t -> t.matches(row, all)))
                .toArray();
        int[] sorted = sort(matching, query.sortField(), query.ascending());
        return group(sorted, query.groupField());
    }

    private int[] sort(int[] matching, String field, boolean ascending) {
        if (field == null || rows.column(field) == null) {
            return matching;
        }
        int[] rank = ranks.computeIfAbsent(field, this::rank);
        Integer[] boxed = Arrays.stream(matching).boxed().toArray(Integer[]::new);
        Comparator<Integer> order = Comparator.comparingInt(row -> rank[row]);
        Arrays.sort(boxed, ascending ? order : order.reversed());
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private Result group(int[] sorted, String field) {
        if (field == null || rows.column(field) == null) {
            return new Result(sorted, List.of(new Group("", 0, sorted.length)));
        }
        String[] labels = texts(field);
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int row : sorted) {
            byLabel.computeIfAbsent(labels[row], k -> new ArrayList<>()).add(row);
        }
        Collator collator = Collator.getInstance(locale);
        List<String> order = new ArrayList<>(byLabel.keySet());
        order.sort((a, b) -> a.isEmpty() != b.isEmpty() ? (a.isEmpty() ? 1 : -1) : collator.compare(a, b)); // blanks last
        int[] grouped = new int[sorted.length];
        List<Group> groups = new ArrayList<>();
        int at = 0;
        for (String label : order) {
            List<Integer> members = byLabel.get(label);
            groups.add(new Group(label, at, members.size()));
            for (int row : members) {
                grouped[at++] = row;
            }
        }
        return new Result(grouped, List.copyOf(groups));
    }

    /** Each row's position in the field's order: typed values by their natural order, text by collation, blanks last. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private int[] rank(String field) {
        Object[] values = rows.column(field);
        boolean comparable = Arrays.stream(values).allMatch(v -> v == null || (v instanceof Comparable && !(v instanceof String)));
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        if (comparable) {
            Arrays.sort(order, Comparator.comparing(row -> (Comparable) values[row], Comparator.nullsLast(Comparator.naturalOrder())));
        } else {
            String[] text = texts(field);
            Collator collator = Collator.getInstance(locale);
            CollationKey[] keys = new CollationKey[text.length];
            for (int row = 0; row < text.length; row++) {
                keys[row] = text[row].isEmpty() ? null : collator.getCollationKey(text[row]);
            }
            Arrays.sort(order, Comparator.comparing(row -> keys[row], Comparator.nullsLast(Comparator.naturalOrder())));
        }
        int[] rank = new int[values.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private String[] texts(String field) {
        Object[] values = rows.column(field);
        if (values == null) {
            return null;
        }
        return texts.computeIfAbsent(field, f -> {
            FieldDescriptor descriptor = customer.field(f).orElse(null);
            String[] text = new String[values.length];
            for (int row = 0; row < values.length; row++) {
                // the tag column is a child list (Customer.tags) held as the joined names
                text[row] = descriptor == null || !descriptor.kind().isValue() ? (values[row] == null ? "" : values[row].toString())
                        : ValueText.of(descriptor, values[row], locale);
            }
            return text;
        });
    }

    private String[] haystacks() {
        String[] result = haystacks;
        if (result == null) {
            List<String[]> shown = columns.stream().map(this::texts).filter(t -> t != null).toList();
            result = new String[rows.size()];
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < result.length; row++) {
                line.setLength(0);
                for (String[] column : shown) {
                    line.append(column[row]).append(SEPARATOR);
                }
                result[row] = line.toString().toLowerCase(locale);
            }
            haystacks = result;
        }
        return result;
    }

    private List<Term> terms(String search) {
        List<Term> terms = new ArrayList<>();
        for (String word : (search == null ? "" : search.strip()).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int colon = Math.max(word.indexOf(':'), word.indexOf('：')); // a Chinese input method types the full-width colon
            Optional<FieldDescriptor> field = colon > 0 ? field(word.substring(0, colon)) : Optional.empty();
            if (field.isPresent() && rows.column(field.get().name()) != null) {
                terms.add(new Term(lowerTexts(field.get().name()), word.substring(colon + 1).toLowerCase(locale)));
            } else {
                terms.add(new Term(null, word.toLowerCase(locale)));
            }
        }
        return terms;
    }

    private Optional<FieldDescriptor> field(String name) {
        return customer.fields().stream().filter(f -> f.name().equalsIgnoreCase(name) || f.isKnownAs(name)).findFirst();
    }

    private String[] lowerTexts(String field) {
        return lowerTexts.computeIfAbsent(field, f -> Arrays.stream(texts(f)).map(text -> text.toLowerCase(locale)).toArray(String[]::new));
    }

    /** One search word, against all shown columns ({@code field == null}) or one column's lower-cased texts. */
    private final class Term {
        private final String[] field;
        private final String word;

        Term(String[] field, String word) {
            this.field = field;
            this.word = word;
        }

        boolean matches(int row, String[] haystack) {
            return field == null ? haystack[row].contains(word) : field[row].contains(word);
        }
    }
}
