package fr.vigie.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import fr.vigie.web.CurrentLocale;

/** A request's mail for its page ({@code inject:requestMail}): what waits, what left, what failed, what to confirm. */
@Named("requestMail")
@ApplicationScoped
public class RequestMail {

    private final CurrentLocale locale;
    private final MailSettings settings;

    RequestMail(CurrentLocale locale, MailSettings settings) {
        this.locale = locale;
        this.settings = settings;
    }

    @Transactional
    public List<MailView> of(long requestId) {
        return MailMessage.ofRequest(requestId).stream().map(m -> MailView.of(m, locale.get())).toList();
    }

    public boolean canSend() {
        return settings.canSend();
    }
}
