package io.clientbench.ui.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Section;

/** Everything a user can read: the texts of a widget tree (every table row and column) and of a workbook's cells. */
final class ShownText {

    private ShownText() {
    }

    /** The text of every widget under {@code root} (call on the UI thread). */
    static String of(Control root) {
        StringBuilder text = new StringBuilder();
        Deque<Control> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Control control = todo.pop();
            switch (control) {
                case Label label -> text.append(label.getText());
                case CLabel label -> text.append(label.getText());
                case Link link -> text.append(link.getText());
                case Button button -> text.append(button.getText());
                case Text field -> text.append(field.getText());
                case StyledText styled -> text.append(styled.getText());
                case Combo combo -> text.append(combo.getText()).append(String.join("\n", combo.getItems()));
                case Table table -> {
                    for (TableColumn column : table.getColumns()) {
                        text.append(column.getText()).append('\t');
                    }
                    for (TableItem item : table.getItems()) {
                        for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
                            text.append(item.getText(c)).append('\t');
                        }
                        text.append('\n');
                    }
                }
                case Form form -> text.append(form.getText()).append(form.getMessage() == null ? "" : form.getMessage());
                case Section section -> text.append(section.getText());
                case Shell shell -> text.append(shell.getText());
                default -> {
                }
            }
            text.append('\n');
            if (control.getToolTipText() != null) {
                text.append(control.getToolTipText()).append('\n');
            }
            if (control instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return text.toString();
    }

    static String workbook(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
