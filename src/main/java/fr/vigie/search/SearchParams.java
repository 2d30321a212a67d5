package fr.vigie.search;

import org.jboss.resteasy.reactive.RestQuery;

import fr.vigie.search.query.SearchInput;

/** The query parameters of a search, shared by the page and the API ({@code @BeanParam}). */
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
    public String from;

    @RestQuery
    public String to;

    @RestQuery
    public String sort;

    @RestQuery
    public String page;

    @RestQuery
    public String size;

    SearchInput.Raw raw() {
        return new SearchInput.Raw(q, type, bodyId, bodyKind, departement, regime, stage, tag, owner, from, to, sort, page, size);
    }

    SearchPage.Form form() {
        return new SearchPage.Form(q, type, bodyId, bodyKind, departement, regime, stage, tag, owner, from, to, sort);
    }
}
