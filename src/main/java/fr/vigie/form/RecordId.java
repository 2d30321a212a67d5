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

/** The id of a stored record: a whole number from 1 (whether the record exists is the writer's to say). */
@Documented
@Constraint(validatedBy = RecordId.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordId {

    String message() default "NOT_AN_ID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RecordId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FormValues.id(value) != null;
        }
    }

}
