package fr.vigie.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import fr.vigie.app.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates, called as {fmt:dateTime(x)} and {fmt:url(x)}: both accept null. */
@TemplateExtension(namespace = "fmt")
public class TemplateExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TemplateExtensions() {
    }

    static String url(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Instants shown in the application's zone ({@code vigie.timezone}); none shows as a dash. */
    static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.withZone(Arc.container().instance(AppClock.class).get().zone()).format(instant);
    }
}
