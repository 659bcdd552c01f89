package io.clientbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.osgi.util.NLS;

import io.clientbench.model.internal.EcoreLoader;
import io.clientbench.model.internal.ModelMessages;

/**
 * The branch admin's changes to the schema, kept as an Ecore package of their own so that it merges like a pack and
 * moves between branches as one .ecore file. Added fields are attributes of a class {@code <Entity>Overlay} that
 * {@code extends} the entity; relabels, hides, renames and added values are annotations on that class, keyed by the
 * field's storage key so that a rename never moves data. Every change is checked against the schema in force first.
 */
public final class SchemaOverlay {

    public static final String PACK_ID = "overlay";
    /** Annotation source of the changes to existing fields. */
    public static final String CHANGES = "urn:clientbench:overlay";
    public static final String LABEL_PREFIX = "label.";
    public static final String HIDDEN_PREFIX = "hidden.";
    public static final String NAME_PREFIX = "name.";
    public static final String LITERAL_PREFIX = "literal.";
    /** Followed by column "." value name: a new label for an existing value. */
    public static final String LITERAL_LABEL_PREFIX = "literalLabel.";
    /** Followed by column "." value name: a value no longer offered (stored values keep it). */
    public static final String LITERAL_HIDDEN_PREFIX = "literalHidden.";
    private static final String SCHEMA = "urn:clientbench:schema";
    private static final String NAME_PATTERN = "[a-z][A-Za-z0-9]{0,39}";
    private static final String LITERAL_PATTERN = "[A-Z][A-Z0-9_]{0,39}";

    /** A field an admin adds. */
    public record NewField(String entity, String name, FieldKind kind, Label label, String group, boolean required,
            String pattern, String masking, List<EnumLiteral> literals) {
    }

    private final EPackage ePackage;

    private SchemaOverlay(EPackage ePackage) {
        this.ePackage = ePackage;
    }

    public static SchemaOverlay empty() {
        EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
        ePackage.setName(PACK_ID);
        ePackage.setNsPrefix(PACK_ID);
        ePackage.setNsURI("urn:clientbench:model:overlay");
        return new SchemaOverlay(ePackage);
    }

    public static SchemaOverlay read(InputStream in) throws IOException {
        return new SchemaOverlay(EcoreLoader.load("overlay.ecore", in));
    }

    public void write(OutputStream out) throws IOException {
        Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI("clientbench:/overlay.ecore"));
        resource.getContents().add(ePackage);
        try {
            resource.save(out, Map.of());
        } finally {
            resource.getContents().clear();
        }
    }

    /** The overlay as a pack, for the merger. */
    public SchemaPack asPack() {
        return new SchemaPack(PACK_ID, new Label("分公司自定义", "Branch fields"), java.util.Set.of(), ePackage);
    }

    public void addField(MergedSchema current, NewField field) throws SchemaChangeException {
        EntitySchema entity = entity(current, field.entity());
        if (field.name() == null || !field.name().matches(NAME_PATTERN)) {
            throw change(ModelMessages.invalidName, field.entity(), field.name());
        }
        if (entity.fields().stream().anyMatch(f -> f.name().equals(field.name()) || f.column().equals(field.name()))) {
            throw change(ModelMessages.nameTaken, field.entity(), field.name());
        }
        if (blank(field.label().zh()) || blank(field.label().en())) {
            throw change(ModelMessages.missingLabel, field.entity(), field.name());
        }
        boolean list = field.kind() == FieldKind.ENUM || field.kind() == FieldKind.MULTI_ENUM;
        if (list && (field.literals() == null || field.literals().isEmpty())) {
            throw change(ModelMessages.noValues, field.entity(), field.name());
        }
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(field.name());
        attribute.setEType(list ? valueList(field) : dataType(field.kind()));
        if (field.kind() == FieldKind.MULTI_ENUM) {
            attribute.setUpperBound(-1);
        }
        EAnnotation schema = annotation(attribute, SCHEMA);
        schema.getDetails().put("zh", field.label().zh());
        schema.getDetails().put("en", field.label().en());
        schema.getDetails().put("group", blank(field.group()) ? "branch" : field.group());
        schema.getDetails().put("kind", kindName(field.kind()));
        if (field.required()) {
            schema.getDetails().put("required", "1");
        }
        if (!blank(field.pattern())) {
            schema.getDetails().put("pattern", field.pattern());
        }
        if (!blank(field.masking())) {
            schema.getDetails().put("masking", field.masking());
        }
        overlayClass(field.entity()).getEStructuralFeatures().add(attribute);
    }

    public void relabel(MergedSchema current, String entity, String field, Label label) throws SchemaChangeException {
        FieldDescriptor descriptor = field(current, entity, field);
        if (blank(label.zh()) || blank(label.en())) {
            throw change(ModelMessages.missingLabel, entity, field);
        }
        put(entity, LABEL_PREFIX + descriptor.column(), encode(label));
    }

    /** Hides a field from forms, lists and import; its data stays in the store until an explicit purge. */
    public void hide(MergedSchema current, String entity, String field) throws SchemaChangeException {
        put(entity, HIDDEN_PREFIX + field(current, entity, field).column(), "true");
    }

    /** Renames a field; its storage key, and so its data, stays. */
    public void rename(MergedSchema current, String entity, String field, String newName) throws SchemaChangeException {
        FieldDescriptor descriptor = field(current, entity, field);
        if (newName == null || !newName.matches(NAME_PATTERN)) {
            throw change(ModelMessages.invalidName, entity, newName);
        }
        if (entity(current, entity).fields().stream().anyMatch(f -> f != descriptor
                && (f.name().equals(newName) || f.column().equals(newName)))) {
            throw change(ModelMessages.nameTaken, entity, newName);
        }
        put(entity, NAME_PREFIX + descriptor.column(), newName);
    }

    public void addLiteral(MergedSchema current, String entity, String field, EnumLiteral literal) throws SchemaChangeException {
        FieldDescriptor descriptor = field(current, entity, field);
        if (descriptor.kind() != FieldKind.ENUM && descriptor.kind() != FieldKind.MULTI_ENUM) {
            throw change(ModelMessages.notAValueList, entity, field);
        }
        if (literal.name() == null || !literal.name().matches(LITERAL_PATTERN)) {
            throw change(ModelMessages.invalidName, entity + "." + field, literal.name());
        }
        if (descriptor.literals().stream().anyMatch(l -> l.name().equals(literal.name()) || l.label().zh().equals(literal.label().zh()))) {
            throw new SchemaChangeException(NLS.bind(ModelMessages.literalTaken, new Object[] { entity, field, literal.label().zh() }));
        }
        if (blank(literal.label().zh()) || blank(literal.label().en())) {
            throw change(ModelMessages.missingLabel, entity, field);
        }
        put(entity, LITERAL_PREFIX + descriptor.column() + "." + literal.name(), encode(literal.label()));
    }

    /** Gives an existing value of a value list new labels; stored values keep its name, so nothing moves. */
    public void relabelLiteral(MergedSchema current, String entity, String field, String literal, Label label)
            throws SchemaChangeException {
        FieldDescriptor descriptor = field(current, entity, field);
        literal(descriptor, entity, literal);
        if (blank(label.zh()) || blank(label.en())) {
            throw change(ModelMessages.missingLabel, entity, field);
        }
        if (descriptor.literals().stream().anyMatch(l -> !l.name().equals(literal) && l.label().zh().equals(label.zh()))) {
            throw new SchemaChangeException(NLS.bind(ModelMessages.literalTaken, new Object[] { entity, field, label.zh() }));
        }
        put(entity, LITERAL_LABEL_PREFIX + descriptor.column() + "." + literal, encode(label));
    }

    /** Stops offering a value for new input; records that hold it keep it and still show its label. */
    public void hideLiteral(MergedSchema current, String entity, String field, String literal) throws SchemaChangeException {
        FieldDescriptor descriptor = field(current, entity, field);
        literal(descriptor, entity, literal);
        if (descriptor.literals().stream().filter(l -> !l.hidden() && !l.name().equals(literal)).findAny().isEmpty()) {
            throw change(ModelMessages.noValues, entity, field);
        }
        put(entity, LITERAL_HIDDEN_PREFIX + descriptor.column() + "." + literal, "true");
    }

    /**
     * Takes another branch's schema file into this one: its fields this schema lacks are added, its relabels, hides,
     * renames and values are taken over; this branch's own fields all stay. A field both have (same name) keeps this
     * branch's definition, unless its kind differs, which is refused.
     *
     * @return the names of the fields added, as {@code Entity.field}
     */
    public List<String> importFrom(MergedSchema current, SchemaOverlay other) throws SchemaChangeException {
        List<String> added = new java.util.ArrayList<>();
        for (EClassifier classifier : List.copyOf(other.ePackage.getEClassifiers())) {
            if (!(classifier instanceof EClass otherClass) || !otherClass.getName().endsWith("Overlay")) {
                continue;
            }
            String entity = otherClass.getName().substring(0, otherClass.getName().length() - "Overlay".length());
            EntitySchema target = entity(current, entity);
            for (EAttribute attribute : otherClass.getEAttributes()) {
                java.util.Optional<FieldDescriptor> existing = target.fields().stream()
                        .filter(f -> f.column().equals(attribute.getName()) || f.name().equals(attribute.getName())).findFirst();
                if (existing.isPresent()) {
                    boolean sameKind = attribute.getEType() instanceof EEnum == !existing.get().literals().isEmpty();
                    if (!sameKind) {
                        throw change(ModelMessages.nameTaken, entity, attribute.getName());
                    }
                    continue;
                }
                EAttribute copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(attribute);
                if (attribute.getEType() instanceof EEnum values) {
                    EEnum valuesCopy = org.eclipse.emf.ecore.util.EcoreUtil.copy(values);
                    valuesCopy.setName(entity + Character.toUpperCase(attribute.getName().charAt(0)) + attribute.getName().substring(1) + "Values");
                    ePackage.getEClassifiers().add(valuesCopy);
                    copy.setEType(valuesCopy);
                }
                overlayClass(entity).getEStructuralFeatures().add(copy);
                added.add(entity + "." + attribute.getName());
            }
            other.changes(entity).forEach((key, value) -> put(entity, key, value));
        }
        return added;
    }

    /** An independent copy (the schema editor changes a copy until the admin applies it). */
    public SchemaOverlay copy() {
        return new SchemaOverlay(org.eclipse.emf.ecore.util.EcoreUtil.copy(ePackage));
    }

    private static EnumLiteral literal(FieldDescriptor descriptor, String entity, String literal) throws SchemaChangeException {
        return descriptor.literals().stream().filter(l -> l.name().equals(literal)).findFirst()
                .orElseThrow(() -> change(ModelMessages.unknownField, entity + "." + descriptor.name(), literal));
    }

    /** A label as the changes store it: "zh|en". */
    public static Label decodeLabel(String encoded) {
        String[] texts = encoded.split("\\|", 2);
        return new Label(texts[0], texts.length > 1 ? texts[1] : texts[0]);
    }

    private static String encode(Label label) {
        return label.zh() + "|" + label.en();
    }

    /** The changes to existing fields of an entity, by key ({@link #LABEL_PREFIX}column, ...). */
    public Map<String, String> changes(String entity) {
        return Optional.ofNullable(ePackage.getEClassifier(entity + "Overlay"))
                .map(c -> c.getEAnnotation(CHANGES)).map(a -> Map.copyOf(a.getDetails().map())).orElse(Map.of());
    }

    private void put(String entity, String key, String value) {
        annotation(overlayClass(entity), CHANGES).getDetails().put(key, value);
    }

    private EClass overlayClass(String entity) {
        EClassifier existing = ePackage.getEClassifier(entity + "Overlay");
        if (existing instanceof EClass eClass) {
            return eClass;
        }
        EClass eClass = EcoreFactory.eINSTANCE.createEClass();
        eClass.setName(entity + "Overlay");
        annotation(eClass, SCHEMA).getDetails().put("extends", entity);
        ePackage.getEClassifiers().add(eClass);
        return eClass;
    }

    private EEnum valueList(NewField field) {
        EEnum eEnum = EcoreFactory.eINSTANCE.createEEnum();
        eEnum.setName(field.entity() + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1) + "Values");
        int value = 0;
        for (EnumLiteral literal : field.literals()) {
            EEnumLiteral eLiteral = EcoreFactory.eINSTANCE.createEEnumLiteral();
            eLiteral.setName(literal.name());
            eLiteral.setLiteral(literal.name());
            eLiteral.setValue(value++);
            EAnnotation labels = annotation(eLiteral, SCHEMA);
            labels.getDetails().put("zh", literal.label().zh());
            labels.getDetails().put("en", literal.label().en());
            eEnum.getELiterals().add(eLiteral);
        }
        ePackage.getEClassifiers().add(eEnum);
        return eEnum;
    }

    private static EDataType dataType(FieldKind kind) {
        return switch (kind) {
            case INTEGER -> EcorePackage.Literals.EINTEGER_OBJECT;
            case DECIMAL -> EcorePackage.Literals.EBIG_DECIMAL;
            case DATE, DATE_TIME -> EcorePackage.Literals.EDATE;
            case BOOLEAN -> EcorePackage.Literals.EBOOLEAN_OBJECT;
            default -> EcorePackage.Literals.ESTRING;
        };
    }

    private static String kindName(FieldKind kind) {
        return switch (kind) {
            case LONG_TEXT -> "longText";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case DATE -> "date";
            case DATE_TIME -> "dateTime";
            case BOOLEAN -> "boolean";
            case ENUM -> "enum";
            case MULTI_ENUM -> "multiEnum";
            default -> "text";
        };
    }

    private static EAnnotation annotation(EModelElement element, String source) {
        EAnnotation annotation = element.getEAnnotation(source);
        if (annotation == null) {
            annotation = EcoreFactory.eINSTANCE.createEAnnotation();
            annotation.setSource(source);
            element.getEAnnotations().add(annotation);
        }
        return annotation;
    }

    private static EntitySchema entity(MergedSchema current, String entity) throws SchemaChangeException {
        return current.entity(entity).orElseThrow(() -> new SchemaChangeException(NLS.bind(ModelMessages.unknownEntity, entity)));
    }

    private static FieldDescriptor field(MergedSchema current, String entity, String field) throws SchemaChangeException {
        return entity(current, entity).field(field).filter(f -> f.kind().isValue())
                .orElseThrow(() -> change(ModelMessages.unknownField, entity, field));
    }

    private static SchemaChangeException change(String message, String entity, String field) {
        return new SchemaChangeException(NLS.bind(message, entity, field));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
