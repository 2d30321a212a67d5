package fr.vigie.campaign;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.web.Page;

/** A page number (from 1) and size (at most {@link Page#MAX_SIZE}) as the query gave them. */
record Paging(int page, int size) {

    static Paging parse(String page, String size) {
        return new Paging((int) number("page", page, 1, 100_000), (int) number("size", size, Page.DEFAULT_SIZE, Page.MAX_SIZE));
    }

    private static long number(String field, String value, long byDefault, long max) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.malformed(field, FormCode.NOT_AN_ID);
    }
}
