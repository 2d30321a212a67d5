package fr.vigie.search.query;

import java.util.List;

/**
 * One page of results and how many there are. Hits are counted exactly up to a threshold only (counting 120,000
 * matches costs more than finding the best 20): beyond it {@code total} is a lower bound, {@code exact} false,
 * and pages say "more than".
 */
public record SearchResult(List<Hit> items, int page, int size, long total, boolean exact) {

    public static SearchResult empty(SearchInput input) {
        return new SearchResult(List.of(), input.page(), input.size(), 0, true);
    }

    /** The number of pages, or of pages known to exist when the total is a lower bound. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** Beyond a lower bound there are more results than counted, but never past the deepest page allowed. */
    public boolean hasNext() {
        boolean more = exact ? page < pages() : true;
        return more && (long) (page + 1) * size <= SearchInput.MAX_RESULTS;
    }
}
