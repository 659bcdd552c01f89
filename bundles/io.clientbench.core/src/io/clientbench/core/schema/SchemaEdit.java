package io.clientbench.core.schema;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaChangeException;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;

/**
 * One change an admin makes in the schema editor, kept as an operation on the overlay so a {@link SchemaDraft} can
 * replay its edits (undo) and show them as a list before they are applied.
 *
 * @param kind    what the edit does
 * @param entity  the entity's name
 * @param subject what the edit is about, as users read it (a field's or value's label, a file name)
 * @param detail  the new label, name or value, as users read it; may be empty
 */
public record SchemaEdit(Kind kind, String entity, Label subject, Label detail, Operation operation) {

    public enum Kind {
        ADD_FIELD, RELABEL_FIELD, RENAME_FIELD, HIDE_FIELD, ADD_VALUE, RELABEL_VALUE, HIDE_VALUE, IMPORT
    }

    /** Changes the overlay, checked against the schema the earlier edits give. */
    @FunctionalInterface
    public interface Operation {
        void apply(SchemaOverlay overlay, MergedSchema current) throws SchemaChangeException;
    }

    private static final String BUNDLE = "io.clientbench.core.schema.messages";

    public static SchemaEdit addField(NewField field) {
        Label kindLabel = kindLabel(field.kind());
        return new SchemaEdit(Kind.ADD_FIELD, field.entity(), field.label(), kindLabel, (o, s) -> o.addField(s, field));
    }

    public static SchemaEdit relabelField(String entity, String field, Label from, Label to) {
        return new SchemaEdit(Kind.RELABEL_FIELD, entity, from, to, (o, s) -> o.relabel(s, entity, field, to));
    }

    public static SchemaEdit renameField(String entity, String field, Label label, String newName) {
        return new SchemaEdit(Kind.RENAME_FIELD, entity, label, new Label(newName, newName), (o, s) -> o.rename(s, entity, field, newName));
    }

    public static SchemaEdit hideField(String entity, String field, Label label) {
        return new SchemaEdit(Kind.HIDE_FIELD, entity, label, new Label("", ""), (o, s) -> o.hide(s, entity, field));
    }

    public static SchemaEdit addValue(String entity, String field, Label fieldLabel, EnumLiteral value) {
        return new SchemaEdit(Kind.ADD_VALUE, entity, fieldLabel, value.label(), (o, s) -> o.addLiteral(s, entity, field, value));
    }

    public static SchemaEdit relabelValue(String entity, String field, EnumLiteral value, Label to) {
        return new SchemaEdit(Kind.RELABEL_VALUE, entity, value.label(), to, (o, s) -> o.relabelLiteral(s, entity, field, value.name(), to));
    }

    public static SchemaEdit hideValue(String entity, String field, Label fieldLabel, EnumLiteral value) {
        return new SchemaEdit(Kind.HIDE_VALUE, entity, fieldLabel, value.label(), (o, s) -> o.hideLiteral(s, entity, field, value.name()));
    }

    /** Takes another branch's schema file in (see {@link SchemaOverlay#importFrom}); entity "" as it spans entities. */
    public static SchemaEdit importFile(String fileName, SchemaOverlay file) {
        return new SchemaEdit(Kind.IMPORT, "", new Label(fileName, fileName), new Label("", ""), (o, s) -> o.importFrom(s, file));
    }

    /** What the edit does, in the locale's language: "Add field “微信群” (Text) to Customer". */
    public String description(Locale locale, MergedSchema schema) {
        ResourceBundle bundle = bundle(locale);
        String entityText = schema.entity(entity).map(e -> e.label().text(locale)).orElse(entity);
        return new MessageFormat(bundle.getString("edit." + kind.name()), locale)
                .format(new Object[] { entityText, subject.text(locale), detail.text(locale) });
    }

    /** A field kind as users read it. */
    public static Label kindLabel(FieldKind kind) {
        String key = "kind." + kind.name();
        return new Label(bundle(Locale.SIMPLIFIED_CHINESE).getString(key), bundle(Locale.ENGLISH).getString(key));
    }

    /** The kinds an admin can give a new field, in the order the editor offers them. */
    public static List<FieldKind> addableKinds() {
        return List.of(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.INTEGER, FieldKind.DECIMAL, FieldKind.DATE,
                FieldKind.BOOLEAN, FieldKind.ENUM, FieldKind.MULTI_ENUM);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, SchemaEdit.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
