package fr.vigie.dashboard;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import fr.vigie.web.Msg;

/** The dashboard's query parameters, shared by its page, its CSV export and its JSON API. */
public class DashboardParams {

    static final List<Integer> WINDOWS = List.of(7, 14, 30);

    @QueryParam("owner")
    public String owner;

    @QueryParam("mine")
    public boolean mine;

    @QueryParam("bodyId")
    public String bodyId;

    @QueryParam("bodyKind")
    public String bodyKind;

    @QueryParam("departement")
    public String departement;

    @QueryParam("regime")
    public String regime;

    @QueryParam("tag")
    public String tag;

    /** Due-soon window in days: 7, 14 or 30 (anything else is 7). */
    @QueryParam("within")
    public String within;

    DashboardFilter filter(Msg msg, String currentUser) {
        return DashboardFilter.parse(msg, owner, mine, currentUser, bodyId, bodyKind, departement, regime, tag);
    }

    int withinDays() {
        return WINDOWS.stream().filter(w -> String.valueOf(w).equals(within)).findFirst().orElse(7);
    }
}
