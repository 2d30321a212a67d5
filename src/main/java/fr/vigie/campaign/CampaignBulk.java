package fr.vigie.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.FormCode;
import fr.vigie.app.Refusal;
import fr.vigie.form.Tags;
import fr.vigie.letter.LetterDraft;
import fr.vigie.letter.LetterKind;
import fr.vigie.letter.LetterService;
import fr.vigie.letter.LetterPdf;
import fr.vigie.request.AccessRequest;
import fr.vigie.request.EventForm;
import fr.vigie.request.RequestForm;
import fr.vigie.request.RequestService;
import fr.vigie.web.Texts;

/**
 * Bulk actions on some of a campaign's requests, each change made by the request writer (events, tags) or the
 * letters' service (letters), all in one transaction: when one request refuses, none is changed, and the
 * refusal names it.
 */
@ApplicationScoped
public class CampaignBulk {

    public static final List<String> ACTIONS = List.of("EVENT", "TAGS", "LETTERS");

    private final RequestService requests;
    private final LetterService letters;
    private final CampaignReader reader;

    CampaignBulk(RequestService requests, LetterService letters, CampaignReader reader) {
        this.requests = requests;
        this.letters = letters;
        this.reader = reader;
    }

    /** Records the same event on each request (EVENT) or adds tags to each (TAGS); the number of requests changed. */
    @Transactional
    public int apply(long campaignId, BulkForm form, long actorId) {
        List<Long> ids = chosen(campaignId, form, List.of("EVENT", "TAGS"));
        if ("TAGS".equals(form.action())) {
            List<fr.vigie.app.Violation> bad = new ArrayList<>();
            List<String> tags = Tags.clean(Tags.ofLine(form.tags()), fr.vigie.request.RequestCode.TAGS, bad);
            if (tags.isEmpty() && bad.isEmpty()) {
                throw Refusal.invalid("tags", FormCode.REQUIRED);
            }
            Refusal.throwIfAny(bad);
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            try {
                if ("EVENT".equals(form.action())) {
                    requests.addEvent(id, event(form, id), List.of(), actorId, null);
                } else {
                    addTags(id, Tags.ofLine(form.tags()));
                }
            } catch (Refusal refused) {
                throw Refusal.invalid("requestIds[" + i + "]", CampaignCode.REQUEST_REFUSED, id, refused.violations().get(0));
            }
        }
        return ids.size();
    }

    /** A ZIP of each chosen request's letter, as PDF: of the kind given, or of each request's next step. */
    @Transactional
    public byte[] letters(long campaignId, BulkForm form, long userId) {
        List<Long> ids = chosen(campaignId, form, List.of("LETTERS"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ids.size(); i++) {
                AccessRequest request = AccessRequest.findById(ids.get(i));
                String kind = form.letterKind() != null && !form.letterKind().isBlank() ? form.letterKind().strip()
                        : LetterKind.forNextStep(request.state.nextStep()).orElse(LetterKind.REMINDER).name();
                LetterDraft draft;
                try {
                    draft = letters.prepare(request.id, kind, null, null, userId);
                } catch (Refusal refused) {
                    throw Refusal.invalid("requestIds[" + i + "]", CampaignCode.REQUEST_REFUSED, request.id,
                            refused.violations().get(0));
                }
                String name = String.format("%05d-%s-%s.pdf", request.id, slug(request.body.name), draft.kind().name().toLowerCase());
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(LetterPdf.render(draft.printed()));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String slug(String name) {
        String s = Texts.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 50 ? s.substring(0, 50) : s;
    }

    /** The requests chosen, checked: an action of {@code allowed}, at least one id, each one of the campaign's. */
    private List<Long> chosen(long campaignId, BulkForm form, List<String> allowed) {
        reader.get(campaignId);
        if (form.action() == null || !allowed.contains(form.action())) {
            throw Refusal.invalid("action", FormCode.NOT_ONE_OF, String.join(", ", ACTIONS));
        }
        if (form.requestIds().isEmpty()) {
            throw Refusal.invalid("requestIds", CampaignCode.NO_REQUEST);
        }
        if (form.requestIds().size() > CampaignService.MAX_BODIES) {
            throw Refusal.invalid("requestIds", CampaignCode.TOO_MANY_BODIES, CampaignService.MAX_BODIES);
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < form.requestIds().size(); i++) {
            ids.add(id("requestIds[" + i + "]", form.requestIds().get(i)));
        }
        ids = new ArrayList<>(new LinkedHashSet<>(ids));
        Set<Long> members = new HashSet<>(reader.membersAmong(campaignId, ids));
        for (int i = 0; i < ids.size(); i++) {
            if (!members.contains(ids.get(i))) {
                throw Refusal.invalid("requestIds[" + i + "]", CampaignCode.NOT_IN_CAMPAIGN, ids.get(i));
            }
        }
        return ids;
    }

    private static EventForm event(BulkForm form, long requestId) {
        String channel = form.channel();
        if ("SENT".equals(form.type()) && (channel == null || channel.isBlank())) {
            channel = AccessRequest.<AccessRequest>findById(requestId).channel.name();
        }
        String outcome = "ANSWER".equals(form.type()) ? form.outcome() : null;
        return new EventForm(form.type(), form.date(), null, channel, null, null, outcome, null, null, null);
    }

    private void addTags(long id, List<String> tags) {
        AccessRequest r = AccessRequest.findById(id);
        List<String> all = new ArrayList<>(r.tagList());
        all.addAll(tags);
        RequestForm current = RequestForm.of(r);
        requests.update(id, current.withTags(all), r.version);
    }

    private static long id(String field, String value) {
        try {
            long n = Long.parseLong(value == null ? "" : value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(field, FormCode.NOT_AN_ID);
    }
}
