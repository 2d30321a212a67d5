package fr.vigie.web;

import java.util.List;

/** The field errors of a submitted form, looked up by field name from templates. */
public record FormErrors(List<FieldError> list) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public boolean has(String field) {
        return list.stream().anyMatch(e -> e.field().equals(field));
    }

    public String get(String field) {
        return list.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
