package fr.vigie.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestQuery;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.Departements;
import fr.vigie.request.procedure.RequestStage;
import fr.vigie.search.query.QueryWords;
import fr.vigie.search.query.SearchInput;
import fr.vigie.search.source.EntryType;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;

/**
 * The query parameters of a search, shared by the page and the API ({@code @BeanParam}), and their checking into a
 * {@link SearchInput}: every refusal names its field.
 */
public class SearchParams {

    @RestQuery
    public String q;

    @RestQuery
    public String type;

    @RestQuery
    public String bodyId;

    @RestQuery
    public String bodyKind;

    @RestQuery
    public String departement;

    @RestQuery
    public String regime;

    @RestQuery
    public String stage;

    @RestQuery
    public String tag;

    @RestQuery
    public String owner;

    @RestQuery
    public String campaignId;

    @RestQuery
    public String from;

    @RestQuery
    public String to;

    @RestQuery
    public String sort;

    @RestQuery
    public String page;

    @RestQuery
    public String size;

    /** @param queryRequired false on the page, which shows the form when there are no words */
    SearchInput input(Msg msg, SearchMsg smsg, boolean queryRequired) {
        FieldChecks checks = new FieldChecks(msg);
        String words = checks.line("q", q, queryRequired, SearchInput.MAX_QUERY);
        EntryType entryType = checks.oneOf("type", type, EntryType.class, false);
        long body = checks.positive("bodyId", bodyId, 0, Long.MAX_VALUE);
        BodyKind kind = checks.oneOf("bodyKind", bodyKind, BodyKind.class, false);
        String dep = null;
        if (departement != null && !departement.isBlank()) {
            dep = Departements.canonical(departement.strip());
            if (dep == null) {
                checks.add("departement", msg.v_departement());
            }
        }
        Regime reg = checks.oneOf("regime", regime, Regime.class, false);
        RequestStage st = checks.oneOf("stage", stage, RequestStage.class, false);
        String tg = checks.line("tag", tag, false, 40);
        String own = checks.line("owner", owner, false, 64);
        long campaign = checks.positive("campaignId", campaignId, 0, Long.MAX_VALUE);
        LocalDate start = date(checks, smsg, "from", from);
        LocalDate end = date(checks, smsg, "to", to);
        if (start != null && end != null && start.isAfter(end)) {
            checks.add("from", smsg.v_date_order());
        }
        SearchInput.Sort order = checks.oneOf("sort", sort, SearchInput.Sort.class, false);
        long pg = checks.positive("page", page, 1, SearchInput.MAX_RESULTS);
        long sz = checks.positive("size", size, SearchInput.DEFAULT_SIZE, SearchInput.MAX_SIZE);
        if (!checks.hasErrors() && pg * sz > SearchInput.MAX_RESULTS) {
            checks.add("page", smsg.v_too_deep(SearchInput.MAX_RESULTS));
        }
        if (words != null && !checks.hasErrors()) {
            QueryWords.check(words).ifPresent(problem -> checks.add("q", message(problem, smsg)));
        }
        checks.throwIfAny();
        return new SearchInput(words, entryType, body == 0 ? null : body, kind, dep, reg, st,
                tg == null ? null : tg.toLowerCase(Locale.ROOT), own, campaign == 0 ? null : campaign, start, end,
                order == null ? SearchInput.Sort.RELEVANCE : order, (int) pg, (int) sz);
    }

    private static String message(QueryWords.Problem problem, SearchMsg smsg) {
        return switch (problem) {
            case NO_WORDS -> smsg.v_no_words();
            case PREFIX_TOO_SHORT -> smsg.v_prefix_short(QueryWords.MIN_PREFIX);
            case TOO_MANY_WORDS -> smsg.v_too_many_words(QueryWords.MAX_WORDS);
        };
    }

    private static LocalDate date(FieldChecks checks, SearchMsg smsg, String field, String value) {
        String text = checks.line(field, value, false, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            checks.add(field, smsg.v_date());
            return null;
        }
    }

    SearchPage.Form form() {
        return new SearchPage.Form(q, type, bodyId, bodyKind, departement, regime, stage, tag, owner, campaignId, from, to,
                sort);
    }
}
