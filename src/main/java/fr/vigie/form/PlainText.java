package fr.vigie.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control character, no invisible line or paragraph separator, no lone surrogate and
 * no non-character (U+FFFE, U+FFFF...), which would corrupt a feed, a PDF or a mail header. Line breaks and
 * tabs are allowed where {@link #multiline()} says so.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    boolean multiline() default false;

    String message() default "FORBIDDEN_CHARACTERS";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !TextRules.hasForbidden(value, multiline);
        }
    }
}
