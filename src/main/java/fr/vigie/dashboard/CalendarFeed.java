package fr.vigie.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import fr.vigie.app.PublicLinks;
import fr.vigie.deadline.period.DateText;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.web.RequestMsg;

/** The act-by dates of requests as an iCalendar feed (biweekly): all-day events, alarms 7 and 1 days before. */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String write(List<AccessRequest> requests, RequestMsg msg, Locale locale, LocalDate today, PublicLinks links) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Vigie//Deadlines//FR");
        for (AccessRequest r : requests) {
            VEvent event = new VEvent();
            event.setUid("vigie-request-" + r.id + "-" + r.state.nextStep() + "@vigie");
            event.setSummary(msg.action(r.state.nextStep(), DateText.format(r.state.nextActionDate(), locale)) + " — " + r.title);
            String page = links.to("/requests/" + r.id);
            event.setDescription(r.body.name + "\n" + page);
            if (!page.startsWith("/")) {
                event.setUrl(page); // URL must be absolute (RFC 5545, 3.3.13)
            }
            event.setDateStart(day(r.state.nextActionDate()), false);
            event.setDateTimeStamp(day(today));
            for (int daysBefore : new int[] { 7, 1 }) {
                Trigger trigger = new Trigger(Duration.builder().prior(true).days(daysBefore).build(), Related.START);
                event.addAlarm(VAlarm.display(trigger, event.getSummary().getValue()));
            }
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    /** A whole day for biweekly, which writes date-only values in the JVM's zone: converted in that zone, the day comes back unchanged. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
