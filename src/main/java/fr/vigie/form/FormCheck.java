package fr.vigie.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import fr.vigie.app.FormCode;
import fr.vigie.app.Violation;

/**
 * Checks a form record against its Bean Validation constraints and answers with {@link Violation}s: every
 * constraint of a form names its {@link FormCode} as its message, and the arguments the message needs
 * (a maximum length, the allowed values) come from the constraint itself. No text here: pages and the API
 * write the messages in the reader's language.
 */
@ApplicationScoped
public class FormCheck {

    private final Validator validator;

    public FormCheck(Validator validator) {
        this.validator = validator;
    }

    /** Every violation of {@code form}, one per field and code, in the order of the record's components. */
    public List<Violation> violations(Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        Set<Violation> found = new LinkedHashSet<>();
        for (ConstraintViolation<Record> v : validator.validate(form)) {
            found.add(toViolation(v));
        }
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(v -> order.indexOf(v.field())));
        return sorted;
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String field = null;
        for (Path.Node node : v.getPropertyPath()) {
            field = node.getName();
        }
        FormCode code = FormCode.valueOf(v.getMessageTemplate());
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (code) {
            case TOO_LONG -> Violation.of(field, code, attributes.get("max"));
            case NOT_ONE_OF -> Violation.of(field, code, Arrays.stream(((Class<?>) attributes.get("value")).getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
            default -> Violation.of(field, code);
        };
    }
}
