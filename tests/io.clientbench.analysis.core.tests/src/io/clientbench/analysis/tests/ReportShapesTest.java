package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.AnalysisResult.Gauge;
import io.clientbench.analysis.AnalysisResult.Heatmap;
import io.clientbench.analysis.AnalysisResult.Pie;
import io.clientbench.analysis.AnalysisResult.Scatter;
import io.clientbench.analysis.report.ChartColours;
import io.clientbench.analysis.report.SeriesSvg;

/** The result parts beyond series — scatter, heatmap, gauge, pie — in the result and as SVG, parsed back. */
class ReportShapesTest {

    @Test
    void aScatterIsADotPerPointWithItsQuadrantLines() throws Exception {
        Scatter scatter = new Scatter("points", "客单价 & 频次", "频次", "客单价", List.of(1.0, 2.0, 4.0), List.of(100.0, 50.0, 200.0), 2, 100);
        Document svg = parse(SeriesSvg.of(scatter));
        assertEquals(3, svg.getElementsByTagName("circle").getLength());
        assertEquals(2, byClass(svg, "line", "split"), "a dashed line at each split");
        assertTrue(svg.getDocumentElement().getTextContent().contains("客单价 & 频次"));
        Document noSplit = parse(SeriesSvg.of(new Scatter("p", "P", "", "", List.of(1.0), List.of(1.0), Double.NaN, Double.NaN)));
        assertEquals(0, byClass(noSplit, "line", "split"));
        assertThrows(IllegalArgumentException.class, () -> new Scatter("bad", "", "", "", List.of(1.0), List.of(), 0, 0));
    }

    @Test
    void aHeatmapShadesEachCellOnTheScaleAndWritesItsValue() throws Exception {
        Heatmap map = new Heatmap("types", "类型 × 投诉", "类型", "投诉", "%", List.of("新客户", "流失客户"), List.of("无", "1", "2+"),
                List.of(List.of(100.0, 0.0, 0.0), Arrays.asList(0.0, 50.0, null)), 0, 100);
        Document svg = parse(SeriesSvg.of(map));
        NodeList rects = svg.getElementsByTagName("rect");
        List<Element> cells = new java.util.ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if ("cell".equals(rect.getAttribute("class"))) {
                cells.add(rect);
            }
        }
        assertEquals(6, cells.size());
        assertEquals(ChartColours.hex(ChartColours.heat(100, 0, 100)), cells.get(0).getAttribute("fill"), "the top of the scale");
        assertEquals(ChartColours.hex(ChartColours.heat(0, 0, 100)), cells.get(1).getAttribute("fill"));
        assertEquals(ChartColours.hex(ChartColours.heat(50, 0, 100)), cells.get(4).getAttribute("fill"));
        assertEquals("#ffffff", cells.get(5).getAttribute("fill"), "no data is white");
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("流失客户") && text.contains("2+") && text.contains("50"), text);
        // the scale runs from pale to deep: darker as the value grows, dark enough for white text at the top only
        assertTrue(ChartColours.dark(ChartColours.heat(100, 0, 100)) && !ChartColours.dark(ChartColours.heat(0, 0, 100)));
        assertThrows(IllegalArgumentException.class, () -> new Heatmap("bad", "", "", "", "", List.of("a"), List.of("x", "y"), List.of(List.of(1.0)), 0, 1));
    }

    @Test
    void aGaugeHasABandPerNameAndItsNeedleAtTheValue() throws Exception {
        Gauge gauge = new Gauge("nps", "NPS", 0, -100, 100, List.of(0.0, 30.0, 70.0), List.of("差", "良", "优", "卓越"), "0");
        Document svg = parse(SeriesSvg.of(gauge));
        assertEquals(4, byClass(svg, "path", "band"));
        Element needle = (Element) svg.getElementsByTagName("line").item(0);
        // 0 on a -100..100 scale points straight up: the needle's x does not move
        assertEquals(needle.getAttribute("x1"), needle.getAttribute("x2"));
        assertTrue(Double.parseDouble(needle.getAttribute("y2")) < Double.parseDouble(needle.getAttribute("y1")));
        assertTrue(svg.getDocumentElement().getTextContent().contains("卓越"));
        assertThrows(IllegalArgumentException.class, () -> new Gauge("bad", "", 0, 0, 100, List.of(50.0), List.of("one"), ""));
        assertTrue(ChartColours.band(0, 4) != ChartColours.band(3, 4), "the worst and best bands differ");
    }

    @Test
    void aPieHasASlicePerShareFromTwelveOClockAndALegendWithPercentages() throws Exception {
        // 2, 1 and 1 of 4: the first slice is half the turn, from 12 to 6 o'clock
        Pie pie = new Pie("shares", "客户占比", List.of("制造业", "建筑业", "批发和零售业"), List.of(2.0, 1.0, 1.0), false);
        assertEquals(25.0, pie.share(1), 1e-9);
        Document svg = parse(SeriesSvg.of(pie));
        List<Element> slices = byClassList(svg, "path", "slice");
        assertEquals(3, slices.size());
        String[] first = slices.get(0).getAttribute("d").split(" ");
        // M cx cy L x0 y0 A r r 0 large 1 x1 y1 Z: starts straight above the centre, ends straight below
        double cx = Double.parseDouble(first[1]), cy = Double.parseDouble(first[2]), r = Double.parseDouble(first[7]);
        assertEquals(cx, Double.parseDouble(first[4]), 0.1);
        assertEquals(cy - r, Double.parseDouble(first[5]), 0.1);
        assertEquals(cx, Double.parseDouble(first[12]), 0.1);
        assertEquals(cy + r, Double.parseDouble(first[13]), 0.1);
        for (int i = 0; i < 3; i++) {
            assertEquals(ChartColours.hex(ChartColours.slice(i)), slices.get(i).getAttribute("fill"));
        }
        assertEquals(3, byClass(svg, "rect", "swatch"));
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("客户占比") && text.contains("批发和零售业") && text.contains("50.0%") && text.contains("25.0%"), text);

        // beyond 3 slices the smallest merge into Other, last and grey; the kept ones stay in their order
        Pie merged = Pie.of("m", "M", List.of("a", "b", "c", "d", "e"), List.of(1.0, 5.0, 2.0, 3.0, 1.0), 3, "其他");
        assertEquals(List.of("b", "d", "其他"), merged.labels());
        assertEquals(List.of(5.0, 3.0, 4.0), merged.values());
        assertTrue(merged.lastIsOther());
        Document mergedSvg = parse(SeriesSvg.of(merged));
        List<Element> mergedSlices = byClassList(mergedSvg, "path", "slice");
        assertEquals(ChartColours.hex(ChartColours.OTHER_SLICE), mergedSlices.get(2).getAttribute("fill"));
        assertTrue(mergedSvg.getDocumentElement().getTextContent().contains("33.3%"), "4 of 12");
        assertEquals(List.of("a", "b"), Pie.of("f", "F", List.of("a", "b"), List.of(1.0, 2.0), 3, "Other").labels(), "few slices stay as they are");

        // one slice is the whole circle; a label too long for the legend is cut, not drawn over the share
        Document whole = parse(SeriesSvg.of(new Pie("w", "W", List.of("Electricity, heat, gas and water supply and some more words"), List.of(4.0), false)));
        assertEquals(1, byClass(whole, "circle", "slice"));
        assertTrue(whole.getDocumentElement().getTextContent().contains("\u2026") && whole.getDocumentElement().getTextContent().contains("100.0%"));
        assertThrows(IllegalArgumentException.class, () -> new Pie("bad", "", List.of("a"), List.of(-1.0), false));
        assertThrows(IllegalArgumentException.class, () -> new Pie("bad", "", List.of("a", "b"), List.of(1.0), false));
    }

    @Test
    void resultsWithoutTheNewPartsHaveEmptyLists() {
        AnalysisResult result = AnalysisResult.builder().series(new AnalysisResult.Series("s", "S", List.of("a"), List.of(1.0))).build();
        assertTrue(result.scatters().isEmpty() && result.heatmaps().isEmpty() && result.gauges().isEmpty() && result.pies().isEmpty());
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClassList(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cls.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static int byClass(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cls.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                count++;
            }
        }
        return count;
    }
}
