package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.clientbench.analysis.AnalysisResult.Score;
import io.clientbench.analysis.AnalysisResult.Series;
import io.clientbench.analysis.AnalysisResult.Table;
import io.clientbench.analysis.report.ChartShape;
import io.clientbench.analysis.report.ScoreWriteBack;
import io.clientbench.analysis.report.SeriesSvg;
import io.clientbench.analysis.report.TableWorkbook;
import io.clientbench.model.SchemaRegistry;
import io.clientbench.store.Database;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.SchemaStore;
import io.clientbench.store.StoreException;

/** The SWT-free parts of the analysis views: chart shape, SVG, XLSX of result tables, grades written to customers. */
class ReportTest {

    @Test
    void categoriesAreBarsAndOrderedAxesAreLines() {
        assertEquals(ChartShape.BAR, ChartShape.of(new Series("g", "Grades", List.of("S", "A", "B", "C"), List.of(1.0, 2.0, 3.0, 4.0))));
        assertEquals(ChartShape.BAR, ChartShape.of(new Series("o", "Owners", List.of("王磊", "李娜", "张伟"), List.of(1.0, 2.0, 3.0))));
        assertEquals(ChartShape.LINE, ChartShape.of(new Series("c", "Curve", List.of("0%", "50%", "100%"), List.of(0.0, 80.0, 100.0))));
        assertEquals(ChartShape.LINE, ChartShape.of(new Series("m", "Months", List.of("2026-09", "2026-10", "2026-11"), List.of(1.0, 2.0, 3.0))));
        assertEquals(ChartShape.BAR, ChartShape.of(new Series("t", "Two", List.of("1", "2"), List.of(1.0, 2.0))), "two numbers are still categories");
        List<String> many = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add("c" + i);
            values.add((double) i);
        }
        assertEquals(ChartShape.LINE, ChartShape.of(new Series("n", "Many", many, values)));
    }

    @Test
    void theSvgIsWellFormedWithABarPerValueAndEscapedChineseText() throws Exception {
        Series grades = new Series("grades", "客户 <等级> & 数量", List.of("S", "A", "B", "C"), List.of(3.0, 5.0, 0.0, 12.0));
        String svg = SeriesSvg.of(grades, ChartShape.BAR, null, "等级", "客户数");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(1 + 4, doc.getElementsByTagName("rect").getLength(), "the background and a bar per grade");
        assertTrue(doc.getDocumentElement().getTextContent().contains("客户 <等级> & 数量"), "the title, unescaped by the parser");
        String line = SeriesSvg.of(new Series("c", "Curve", List.of("0%", "50%", "100%"), List.of(0.0, 80.0, 100.0)), ChartShape.LINE, "Pareto", "", "%");
        Document curve = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, curve.getElementsByTagName("polyline").getLength());
        assertEquals(3, curve.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points").getNodeValue().split(" ").length);
    }

    @Test
    void tablesBecomeSheetsWithTypedCells() throws Exception {
        Table grades = new Table("grades", "客户等级", List.of("等级", "客户数", "金额"), List.of(List.of("S", 3, 1200.5), List.of("A", 5, 800.0)));
        Table dated = new Table("due", "Due: next [month]", List.of("Customer", "Date"), List.<List<Object>>of(List.of("华西", LocalDate.of(2026, 12, 1))));
        Table same = new Table("again", "客户等级", List.of("x"), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(List.of(grades, dated, same), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, book.getNumberOfSheets());
            Sheet first = book.getSheetAt(0);
            assertEquals("客户等级", first.getSheetName());
            assertEquals("客户数", first.getRow(0).getCell(1).getStringCellValue());
            assertTrue(first.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0 || book.getFontAt(first.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1200.5, first.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(5, (int) first.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 12, 1), book.getSheetAt(1).getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("客户等级 (2)", book.getSheetAt(2).getSheetName(), "a title already taken gets a number");
        }
    }

    @Test
    void classesGoToTheFieldTheResultNamesWhenTheLettersFitSeveral() throws Exception {
        var customer = Services.get(SchemaRegistry.class).schema().customer();
        List<Score> abc = List.of(new Score(1, "A", "A", null, null, ""), new Score(2, "B", "B", null, null, ""), new Score(3, "C", "C-late", null, null, ""));
        // A/B/C fit the relationship grade (S/A/B/C) as well as the customer class (A/B/C/D): by value alone the first wins
        assertEquals("relationshipGrade", ScoreWriteBack.targets(customer, abc).gradeField().name());
        io.clientbench.analysis.AnalysisResult.Builder classes = io.clientbench.analysis.AnalysisResult.builder().gradeField("customerClass");
        abc.forEach(classes::score);
        ScoreWriteBack.Targets targets = ScoreWriteBack.targets(customer, classes.build());
        assertEquals("customerClass", targets.gradeField().name());
        assertNull(targets.tagField());
        assertEquals("D", ScoreWriteBack.valueOf(targets.gradeField(), "D").orElseThrow());
        // a named field the grades do not fit (S is no class), or that does not exist, is ignored
        io.clientbench.analysis.AnalysisResult.Builder grades = io.clientbench.analysis.AnalysisResult.builder().gradeField("customerClass")
                .score(new Score(1, "S", "S", null, null, ""));
        assertEquals("relationshipGrade", ScoreWriteBack.targets(customer, grades.build()).gradeField().name());
        io.clientbench.analysis.AnalysisResult.Builder unknown = io.clientbench.analysis.AnalysisResult.builder().gradeField("noSuchField");
        abc.forEach(unknown::score);
        assertEquals("relationshipGrade", ScoreWriteBack.targets(customer, unknown.build()).gradeField().name());
    }

    @Test
    void rfmGradesAndTagsGoToTheFieldsWhoseValuesTheyAreAndConflictsAreKept() throws Exception {
        SchemaRegistry schemas = Services.get(SchemaRegistry.class);
        Services.get(Database.class).open();
        Services.get(SchemaStore.class).migrate(schemas.schema());
        RecordRepository repository = Services.get(RecordRepository.class);
        long a = repository.create("Customer", Map.of("fullName", "写回甲")).id();
        long b = repository.create("Customer", Map.of("fullName", "写回乙", "relationshipGrade", "A", "valueGrade", "VIP")).id();
        long c = repository.create("Customer", Map.of("fullName", "写回丙")).id();
        List<Score> scores = List.of(new Score(a, "S", "S", "流失预警", "churn", ""), new Score(b, "A", "A", "VIP", "vip", ""),
                new Score(c, "C", "C", "Regular", "regular", ""), new Score(-5, "B", "B", "潜力", "potential", ""));

        ScoreWriteBack.Targets targets = ScoreWriteBack.targets(schemas.schema().customer(), scores);
        assertEquals("relationshipGrade", targets.gradeField().name());
        assertEquals("valueGrade", targets.tagField().name());
        assertNull(ScoreWriteBack.targets(schemas.schema().customer(), List.of(new Score(a, null, null, "核心客户", "core", ""))).tagField(),
                "a tag no value list holds is not written");

        // someone saves customer c between the analysis's read and its write: c is reported, not overwritten
        RecordRepository racing = (RecordRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { RecordRepository.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("updateAll")) {
                        int now = repository.find("Customer", c).orElseThrow().version();
                        repository.update("Customer", c, now, Map.of("relationshipGrade", "B"));
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ScoreWriteBack.Report report = ScoreWriteBack.write(racing, targets, scores, 2, (done, of) -> true);
        assertEquals(List.of(a), report.written().stream().map(r -> r.id()).toList());
        assertEquals(1, report.unchanged(), "b already had A and VIP");
        assertEquals(List.of(c), report.conflicts());
        assertEquals(1, report.failures().size(), "the customer that is not there");
        assertEquals(Map.of("relationshipGrade", "S", "valueGrade", "CHURN_WARNING"), pick(repository.find("Customer", a).orElseThrow().values()));
        assertEquals("B", repository.find("Customer", c).orElseThrow().values().get("relationshipGrade"), "the other save is kept");

        // another writer inside the chunk's transaction: the chunk is refused whole, then written record by record
        long d = repository.create("Customer", Map.of("fullName", "写回丁")).id();
        RecordRepository refusing = (RecordRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { RecordRepository.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("updateAll")) {
                        throw new StoreException(StoreException.Reason.CONFLICT, "someone else", null);
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ScoreWriteBack.Report retried = ScoreWriteBack.write(refusing, targets, List.of(new Score(d, "B", "B", "潜力", "potential", "")), 10, null);
        assertEquals(List.of(d), retried.written().stream().map(r -> r.id()).toList());
        assertEquals(Map.of("relationshipGrade", "B", "valueGrade", "POTENTIAL"), pick(repository.find("Customer", d).orElseThrow().values()));
    }

    private static Map<String, Object> pick(Map<String, Object> values) {
        return Map.of("relationshipGrade", values.get("relationshipGrade"), "valueGrade", values.get("valueGrade"));
    }
}
