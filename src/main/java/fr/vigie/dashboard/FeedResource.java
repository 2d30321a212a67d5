package fr.vigie.dashboard;

import java.util.Date;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import fr.vigie.account.AppUser;
import fr.vigie.account.FeedTokenService;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.web.RequestMsg;
import fr.vigie.request.RequestEvent;
import fr.vigie.app.AppClock;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.NotFoundException;

/**
 * A user's private feeds, at addresses holding their feed secret: the act-by dates of their requests
 * as an iCalendar feed (with alarms), and their requests' new events as Atom. A wrong or revoked
 * secret is simply not found.
 */
@Path("/feeds/{token}")
@PermitAll
public class FeedResource {

    static final int EVENTS_IN_FEED = 100;

    @Inject
    FeedTokenService feedTokens;

    @Inject
    CurrentLocale locale;

    @Inject
    AppClock clock;

    @Inject
    fr.vigie.app.PublicLinks links;

    @GET
    @Path("/calendar.ics")
    @Produces("text/calendar")
    @Transactional
    public Response calendar(@PathParam("token") String token) {
        AppUser user = owner(token);
        List<AccessRequest> requests = AccessRequest.list(
                "owner = ?1 and state.nextActionDate is not null order by state.nextActionDate", user);
        String ics = CalendarFeed.write(requests, locale.bundle(RequestMsg.class), locale.get(), clock.today(), links);
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"vigie.ics\"").build();
    }

    @GET
    @Path("/events.atom")
    @Produces("application/atom+xml")
    @Transactional
    public Response events(@PathParam("token") String token) {
        AppUser user = owner(token);
        List<RequestEvent> events = RequestEvent.<RequestEvent>find(
                "request.owner = ?1 and deleted = false order by recordedAt desc, id desc", user).page(0, EVENTS_IN_FEED).list();
        Date updated = Date.from(clock.today().atStartOfDay(clock.zone()).toInstant());
        return Response.ok(AtomFeed.write(events, user.username, updated, links), "application/atom+xml; charset=UTF-8").build();
    }

    private AppUser owner(String token) {
        return feedTokens.ownerOf(token).orElseThrow(() -> new NotFoundException(locale.msg().error_notfound_detail()));
    }

}
