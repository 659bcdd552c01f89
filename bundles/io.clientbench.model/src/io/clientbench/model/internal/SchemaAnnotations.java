package io.clientbench.model.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EModelElement;

import io.clientbench.model.Label;

/** Reads the {@value #SOURCE} annotations that carry labels and field metadata in a schema .ecore. */
final class SchemaAnnotations {

    static final String SOURCE = "urn:clientbench:schema";
    static final String ZH = "zh";
    static final String EN = "en";
    static final String GROUP = "group";
    static final String KIND = "kind";
    static final String REQUIRED = "required";
    static final String MAX_LENGTH = "maxLength";
    static final String PATTERN = "pattern";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String MASKING = "masking";
    static final String TERMS = "terms";
    static final String EXTENDS = "extends";
    static final String INDUSTRIES = "industries";

    private SchemaAnnotations() {
    }

    static String get(EModelElement element, String key) {
        EAnnotation annotation = element.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    static Label label(EModelElement element, String fallback) {
        String zh = get(element, ZH);
        String en = get(element, EN);
        return new Label(zh != null ? zh : fallback, en != null ? en : fallback);
    }

    static List<String> list(EModelElement element, String key) {
        String value = get(element, key);
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }

    static Set<String> set(EModelElement element, String key) {
        return list(element, key).stream().collect(Collectors.toUnmodifiableSet());
    }
}
