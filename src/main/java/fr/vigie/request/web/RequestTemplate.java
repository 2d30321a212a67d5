package fr.vigie.request.web;

import fr.vigie.deadline.Regime;

/** Built-in letters a new request starts from (their texts are in templates/letters/). */
public enum RequestTemplate {
    CADA_BRIEFCAM(Regime.FR_CRPA, "letters/cada-briefcam.txt", "Documents relatifs au logiciel BriefCam"),
    GDPR_BRIEFCAM(Regime.FR_GDPR, "letters/gdpr-briefcam.txt", "Droit d'accès : traitement de mes images par BriefCam"),
    FOIA_GENERIC(Regime.US_FOIA, "letters/foia-generic.txt", "Freedom of Information request");

    private final Regime regime;
    private final String location;
    private final String title;

    RequestTemplate(Regime regime, String location, String title) {
        this.regime = regime;
        this.location = location;
        this.title = title;
    }

    public Regime regime() {
        return regime;
    }

    public String location() {
        return location;
    }

    public String title() {
        return title;
    }
}
