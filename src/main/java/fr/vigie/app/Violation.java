package fr.vigie.app;

import java.util.List;

/**
 * Why one field of a submission is refused, as a code with its arguments: no text. Domain code returns
 * violations; the pages and the API look the message up in the reader's language where they show it.
 *
 * @param field the field as the client named it ("date", "toBodyId"...)
 * @param code  what is wrong; each feature declares its codes as an enum
 * @param args  what the message needs (a maximum length, a date...), in the order the code documents
 */
public record Violation(String field, ViolationCode code, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, ViolationCode code, Object... args) {
        return new Violation(field, code, List.of(args));
    }

    /** The argument at {@code index}, for message look-ups. */
    public Object arg(int index) {
        return args.get(index);
    }
}
