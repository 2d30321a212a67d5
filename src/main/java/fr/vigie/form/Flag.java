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

/** Yes or no, as a checkbox ("on"), the API ("true"/"false") or a person ("oui"/"non") says it. */
@Documented
@Constraint(validatedBy = Flag.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Flag {

    String message() default "NOT_A_FLAG";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Flag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FormValues.flag(value) != null;
        }
    }

}
