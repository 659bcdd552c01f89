package io.clientbench.analysis.report;

import java.util.List;

/**
 * The colours the charts share between the screen and the SVG export, as 0xRRGGBB: the heatmap's scale from a pale
 * to a deep red (complaints are bad news), the gauge's bands from red to green and the pie's slices.
 */
public final class ChartColours {

    /** The scale's ends: almost white, and a deep red. */
    private static final int[] LOW = { 0xfb, 0xf3, 0xee }, HIGH = { 0xb2, 0x1f, 0x24 };
    /** Bands from the worst to the best (NPS below 0, 0-30, 30-70, 70 and more). */
    private static final List<Integer> BANDS = List.of(0xd9534f, 0xf0ad4e, 0x8cc152, 0x2e8b57);

    /** A pie's slices: distinct hues starting with the series blue, and a grey for the merged "Other" slice. */
    private static final List<Integer> SLICES = List.of(0x2f6fb2, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x4e79a7);
    public static final int OTHER_SLICE = 0xbab0ac;

    private ChartColours() {
    }

    /** The heatmap's colour of a value on the scale min..max (clamped; NaN and an empty scale give the low end). */
    public static int heat(double value, double min, double max) {
        double t = Double.isNaN(value) || max <= min ? 0 : Math.max(0, Math.min(1, (value - min) / (max - min)));
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round(LOW[c] + (HIGH[c] - LOW[c]) * t);
        }
        return rgb;
    }

    /** Whether text on that colour should be white rather than dark. */
    public static boolean dark(int rgb) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        return 0.299 * r + 0.587 * g + 0.114 * b < 140;
    }

    /** Band {@code band} of {@code bands}, from red (the first) to green (the last). */
    public static int band(int band, int bands) {
        if (bands <= 1) {
            return BANDS.get(BANDS.size() - 1);
        }
        return BANDS.get((int) Math.round(band * (BANDS.size() - 1) / (double) (bands - 1)));
    }

    /** Slice {@code i}'s colour (the hues repeat after ten; {@link #OTHER_SLICE} for a pie's merged rest). */
    public static int slice(int i) {
        return SLICES.get(Math.floorMod(i, SLICES.size()));
    }

    /** #rrggbb for SVG. */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }
}
