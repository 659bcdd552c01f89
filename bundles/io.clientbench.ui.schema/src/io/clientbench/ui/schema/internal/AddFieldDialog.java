package io.clientbench.ui.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.clientbench.core.schema.SchemaEdit;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.SchemaOverlay.NewField;
import io.clientbench.ui.WidgetIds;
import io.clientbench.ui.editors.RecordForm;

/**
 * Defines a new field: labels in both languages, a name (suggested from the English label), kind, form group,
 * required, and for value lists one value per line ("中文 / English"). The field is tried on the draft when OK is
 * pressed; a refusal shows in the dialog, which stays open.
 */
final class AddFieldDialog extends TitleAreaDialog {

    static final String BRANCH_GROUP = "branch";

    private final String entity;
    private final List<String> groups;
    private final Function<NewField, String> tryAdd;
    private Text zh;
    private Text en;
    private Text name;
    private Combo kind;
    private Combo group;
    private Combo masking;
    private Button required;
    private Text values;
    /** The masking kinds an admin can give a new field, in the combo's order ({@code null}: shown to every role). */
    private static final List<String> MASKINGS = java.util.Arrays.asList(null, "name", "phone", "contact", "address");
    private boolean nameEdited;

    /** @param groups the entity's field groups, offered for the new field after the branch's own group */
    AddFieldDialog(Shell parent, String entity, List<String> groups, Function<NewField, String> tryAdd) {
        super(parent);
        this.entity = entity;
        this.groups = new ArrayList<>(List.of(BRANCH_GROUP));
        groups.stream().filter(g -> !BRANCH_GROUP.equals(g)).forEach(this.groups::add);
        this.tryAdd = tryAdd;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(SchemaMessages.addField_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(SchemaMessages.addField_title);
        setMessage(SchemaMessages.addField_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        zh = LabelDialog.text(body, SchemaMessages.label_zh, "", WidgetIds.SCHEMA_DIALOG_ZH);
        en = LabelDialog.text(body, SchemaMessages.label_en, "", WidgetIds.SCHEMA_DIALOG_EN);
        name = LabelDialog.text(body, SchemaMessages.field_name, "", WidgetIds.SCHEMA_DIALOG_NAME);
        name.setMessage("wechatGroup");
        name.setToolTipText(SchemaMessages.field_nameHint);
        en.addModifyListener(e -> {
            if (!nameEdited) {
                name.setText(suggestName(en.getText()));
            }
        });
        name.addListener(SWT.KeyDown, e -> nameEdited = true);

        kind = combo(body, SchemaMessages.field_kind, WidgetIds.SCHEMA_DIALOG_KIND);
        SchemaEdit.addableKinds().forEach(k -> kind.add(SchemaEdit.kindLabel(k).text()));
        kind.select(0);
        group = combo(body, SchemaMessages.field_group, WidgetIds.SCHEMA_DIALOG_GROUP);
        groups.forEach(g -> group.add(RecordForm.groupLabel(g)));
        group.select(0);
        masking = combo(body, SchemaMessages.field_masking, WidgetIds.SCHEMA_DIALOG_MASKING);
        List.of(SchemaMessages.masking_none, SchemaMessages.masking_name, SchemaMessages.masking_phone,
                SchemaMessages.masking_contact, SchemaMessages.masking_address).forEach(masking::add);
        masking.select(0);
        masking.setToolTipText(SchemaMessages.field_maskingHint);

        new org.eclipse.swt.widgets.Label(body, SWT.NONE);
        required = new Button(body, SWT.CHECK);
        required.setText(SchemaMessages.field_required);
        required.setData(WidgetIds.KEY, WidgetIds.SCHEMA_DIALOG_REQUIRED);

        org.eclipse.swt.widgets.Label valuesLabel = new org.eclipse.swt.widgets.Label(body, SWT.NONE);
        valuesLabel.setText(SchemaMessages.field_values);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(valuesLabel);
        values = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        values.setData(WidgetIds.KEY, WidgetIds.SCHEMA_DIALOG_VALUES);
        values.setToolTipText(SchemaMessages.field_valuesHint);
        GridDataFactory.fillDefaults().grab(true, true).hint(280, 90).applyTo(values);
        kind.addListener(SWT.Selection, e -> values.setEnabled(isList()));
        values.setEnabled(false);
        return area;
    }

    private static Combo combo(Composite parent, String caption, String id) {
        new org.eclipse.swt.widgets.Label(parent, SWT.NONE).setText(caption);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private boolean isList() {
        FieldKind chosen = SchemaEdit.addableKinds().get(Math.max(0, kind.getSelectionIndex()));
        return chosen == FieldKind.ENUM || chosen == FieldKind.MULTI_ENUM;
    }

    @Override
    protected void okPressed() {
        FieldKind chosen = SchemaEdit.addableKinds().get(Math.max(0, kind.getSelectionIndex()));
        NewField field = new NewField(entity, name.getText().strip(), chosen, new Label(zh.getText().strip(), en.getText().strip()),
                groups.get(Math.max(0, group.getSelectionIndex())), required.getSelection(), null,
                MASKINGS.get(Math.max(0, masking.getSelectionIndex())), isList() ? literals(values.getText()) : List.of());
        String refusal = tryAdd.apply(field);
        if (refusal != null) {
            setErrorMessage(refusal);
            return;
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** "Short-video channel" → "shortVideoChannel": what a name from an English label looks like. */
    static String suggestName(String english) {
        StringBuilder name = new StringBuilder();
        for (String word : english.strip().split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            name.append(name.isEmpty() ? word.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        String result = name.toString().replaceFirst("^[0-9]+", "");
        return result.length() > 40 ? result.substring(0, 40) : result;
    }

    /** One value per line, "中文 / English" (or one text for both); names from the English text. */
    static List<EnumLiteral> literals(String lines) {
        List<EnumLiteral> literals = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[/|｜]", 2);
            String zhText = parts[0].strip();
            String enText = parts.length > 1 ? parts[1].strip() : zhText;
            literals.add(new EnumLiteral(valueName(enText, literals.size() + 1), new Label(zhText, enText)));
        }
        return literals;
    }

    private static String valueName(String english, int position) {
        String name = english.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "V" + position + (name.isEmpty() ? "" : "_" + name);
        }
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}
