package io.clientbench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an analysis computed, in parts a generic view can show without knowing the analysis: tables, chart series,
 * scatters, heatmaps, gauges and pies, per-customer scores (a grade or tag and the rule that fired) and the sheets' report form, conclusion → diagnosis →
 * action. Every part is optional. Texts are already translated; ids are stable for tests and exports.
 */
public final class AnalysisResult {

    /** A table: a header and rows of values (String, Number, LocalDate) in column order. */
    public record Table(String id, String title, List<String> columns, List<List<Object>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        }
    }

    /** A chart series: a value per x label (a bar per grade, a point per customer share). */
    public record Series(String id, String name, List<String> labels, List<Double> values) {
        public Series {
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException("series " + id + ": " + labels.size() + " labels for " + values.size() + " values");
            }
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }
    }

    /**
     * A scatter chart: a point per item (a customer's purchase frequency and average order value), optionally split
     * into quadrants at {@code xSplit}/{@code ySplit} (NaN: no line). Points carry no names, so that a chart stays
     * anonymous as sheet 2 asks of reports.
     */
    public record Scatter(String id, String name, String xTitle, String yTitle, List<Double> xs, List<Double> ys, double xSplit, double ySplit) {
        public Scatter {
            if (xs.size() != ys.size()) {
                throw new IllegalArgumentException("scatter " + id + ": " + xs.size() + " x values for " + ys.size() + " y values");
            }
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }

    /**
     * A heatmap: a value per row and column (a customer type's share of customers per complaint band), drawn as cells
     * shaded on a colour scale from {@code min} to {@code max}; a null cell has no data.
     */
    public record Heatmap(String id, String name, String rowTitle, String columnTitle, String valueTitle, List<String> rows, List<String> columns,
            List<List<Double>> values, double min, double max) {
        public Heatmap {
            int width = columns.size();
            if (values.size() != rows.size() || values.stream().anyMatch(r -> r.size() != width)) {
                throw new IllegalArgumentException("heatmap " + id + ": values are not " + rows.size() + " rows of " + columns.size());
            }
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            values = values.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    /**
     * A gauge: one value on a scale from {@code min} to {@code max} (NPS from -100 to 100), the scale cut into bands at
     * {@code limits} (ascending, inside the scale), each band named by {@code bandNames} (one more than the limits).
     */
    public record Gauge(String id, String name, double value, double min, double max, List<Double> limits, List<String> bandNames, String valueText) {
        public Gauge {
            if (!(min < max) || bandNames.size() != limits.size() + 1) {
                throw new IllegalArgumentException("gauge " + id + ": scale " + min + ".." + max + ", " + limits.size() + " limits, " + bandNames.size() + " bands");
            }
            limits = List.copyOf(limits);
            bandNames = List.copyOf(bandNames);
        }
    }

    /**
     * A pie: a value per slice (the customers per industry) drawn as its share of the total. {@link #of} keeps the
     * largest slices and merges the rest into one named "Other" slice, last, so that the labels stay readable; then
     * {@code lastIsOther} is true and the last slice is drawn in a neutral colour.
     */
    public record Pie(String id, String name, List<String> labels, List<Double> values, boolean lastIsOther) {
        public Pie {
            if (labels.size() != values.size() || values.stream().anyMatch(v -> v == null || !(v >= 0))) {
                throw new IllegalArgumentException("pie " + id + ": " + labels.size() + " labels for " + values.size() + " values, none negative");
            }
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }

        /**
         * A pie of at most {@code slices} slices (at least 2): the largest {@code slices - 1} values in the given
         * order, the others summed as {@code otherLabel}; with no more values than slices, all of them as given.
         */
        public static Pie of(String id, String name, List<String> labels, List<Double> values, int slices, String otherLabel) {
            if (labels.size() <= Math.max(2, slices)) {
                return new Pie(id, name, labels, values, false);
            }
            List<Integer> bySize = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                bySize.add(i);
            }
            bySize.sort((a, b) -> Double.compare(values.get(b), values.get(a))); // stable: ties keep their order
            java.util.Set<Integer> kept = new java.util.HashSet<>(bySize.subList(0, Math.max(1, slices - 1)));
            List<String> keptLabels = new ArrayList<>();
            List<Double> keptValues = new ArrayList<>();
            double other = 0;
            for (int i = 0; i < values.size(); i++) {
                if (kept.contains(i)) {
                    keptLabels.add(labels.get(i));
                    keptValues.add(values.get(i));
                } else {
                    other += values.get(i);
                }
            }
            keptLabels.add(otherLabel);
            keptValues.add(other);
            return new Pie(id, name, keptLabels, keptValues, true);
        }

        public double total() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Slice {@code i}'s share of the total in percent (0 when the total is 0). */
        public double share(int i) {
            double total = total();
            return total == 0 ? 0 : values.get(i) * 100 / total;
        }
    }

    /**
     * One customer's outcome: a grade (S/A/B/C...) and/or a tag (VIP, 流失预警...), each with the stable id of the rule
     * that fired, and a translated explanation of those rules with the customer's figures, so that a user sees why.
     *
     * @param grade     may be null when the analysis only tags
     * @param gradeRule id of the rule that gave the grade, null without a grade
     * @param tag       translated tag, may be null when the analysis only grades
     * @param tagRule   id of the rule that gave the tag, null without a tag
     */
    public record Score(long customerId, String grade, String gradeRule, String tag, String tagRule, String explanation, List<Tagged> moreTags) {

        /** A score with at most one tag. */
        public Score(long customerId, String grade, String gradeRule, String tag, String tagRule, String explanation) {
            this(customerId, grade, gradeRule, tag, tagRule, explanation, List.of());
        }

        /** @param moreTags tags beyond the first (a customer's need tags beside its status tag), each with its rule */
        public Score {
            moreTags = moreTags == null ? List.of() : List.copyOf(moreTags);
        }

        /** Every tag with the rule that gave it: {@link #tag()} first, then {@link #moreTags()}. */
        public List<Tagged> tags() {
            if (tag == null && moreTags.isEmpty()) {
                return List.of();
            }
            List<Tagged> all = new ArrayList<>(moreTags.size() + 1);
            if (tag != null) {
                all.add(new Tagged(tag, tagRule));
            }
            all.addAll(moreTags);
            return all;
        }
    }

    /** One tag (translated) and the id of the rule that gave it. */
    public record Tagged(String tag, String rule) {
    }

    /** The report form the branch sheets ask for. */
    public record Conclusion(String conclusion, String diagnosis, String action) {
    }

    private final List<Table> tables;
    private final List<Series> series;
    private final List<Score> scores;
    private final List<Scatter> scatters;
    private final List<Heatmap> heatmaps;
    private final List<Gauge> gauges;
    private final List<Pie> pies;
    private final Conclusion conclusion;
    private final String gradeField;
    private Map<Long, Score> scoreIndex;

    private AnalysisResult(Builder builder) {
        tables = List.copyOf(builder.tables);
        series = List.copyOf(builder.series);
        scores = java.util.Collections.unmodifiableList(builder.scores);
        scatters = List.copyOf(builder.scatters);
        heatmaps = List.copyOf(builder.heatmaps);
        gauges = List.copyOf(builder.gauges);
        pies = List.copyOf(builder.pies);
        conclusion = builder.conclusion;
        gradeField = builder.gradeField;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Table> tables() {
        return tables;
    }

    public Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Series> series() {
        return series;
    }

    public Optional<Series> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Scatter> scatters() {
        return scatters;
    }

    public List<Heatmap> heatmaps() {
        return heatmaps;
    }

    public List<Gauge> gauges() {
        return gauges;
    }

    public List<Pie> pies() {
        return pies;
    }

    /** Per-customer scores, in customer row order. */
    public List<Score> scores() {
        return scores;
    }

    /** One customer's score (the index is built on first use). */
    public synchronized Optional<Score> score(long customerId) {
        if (scoreIndex == null) {
            scoreIndex = new HashMap<>(scores.size() * 2);
            scores.forEach(s -> scoreIndex.put(s.customerId(), s));
        }
        return Optional.ofNullable(scoreIndex.get(customerId));
    }

    public Optional<Conclusion> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    /**
     * The customer field the analysis means its grades for, a hint for {@link io.clientbench.analysis.report.ScoreWriteBack}
     * when the grades' values fit several fields (A/B/C fit both the S/A/B/C and the A/B/C/D lists); ignored when the
     * branch's schema has no such field or its values do not fit.
     */
    public Optional<String> gradeField() {
        return Optional.ofNullable(gradeField);
    }

    public static final class Builder {
        private final List<Table> tables = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private final List<Score> scores = new ArrayList<>();
        private final List<Scatter> scatters = new ArrayList<>();
        private final List<Heatmap> heatmaps = new ArrayList<>();
        private final List<Gauge> gauges = new ArrayList<>();
        private final List<Pie> pies = new ArrayList<>();
        private Conclusion conclusion;
        private String gradeField;

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder series(Series one) {
            series.add(one);
            return this;
        }

        public Builder scatter(Scatter one) {
            scatters.add(one);
            return this;
        }

        public Builder heatmap(Heatmap one) {
            heatmaps.add(one);
            return this;
        }

        public Builder gauge(Gauge one) {
            gauges.add(one);
            return this;
        }

        public Builder pie(Pie one) {
            pies.add(one);
            return this;
        }

        public Builder score(Score score) {
            scores.add(score);
            return this;
        }

        public Builder conclusion(String text, String diagnosis, String action) {
            conclusion = new Conclusion(text, diagnosis, action);
            return this;
        }

        /** @see AnalysisResult#gradeField() */
        public Builder gradeField(String fieldName) {
            gradeField = fieldName;
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(this);
        }
    }
}
