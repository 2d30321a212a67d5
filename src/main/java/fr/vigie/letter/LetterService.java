package fr.vigie.letter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.account.AppUser;
import fr.vigie.app.AppClock;
import fr.vigie.app.VigieConfig;
import fr.vigie.deadline.Regime;
import fr.vigie.letter.identity.IdentityService;
import fr.vigie.letter.identity.RequesterIdentity;
import fr.vigie.web.CurrentLocale;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;

/**
 * Prepares the letters of a request (text and blocks, from its facts and an identity), and keeps the ones the
 * user edited. Reads requests through {@link LetterFactsReader} only.
 */
@ApplicationScoped
public class LetterService {

    /** A letter to keep, as submitted: the edited text, the kind, the identity and how it will be sent. */
    public record KeepInput(String kind, String text, String identityId, String channel) {
    }

    private final LetterFactsReader reader;
    private final IdentityService identities;
    private final AppClock clock;
    private final CurrentLocale locale;
    private final VigieConfig.Letters config;

    public LetterService(LetterFactsReader reader, IdentityService identities, AppClock clock, CurrentLocale locale,
            VigieConfig config) {
        this.reader = reader;
        this.identities = identities;
        this.clock = clock;
        this.locale = locale;
        this.config = config.letters();
    }

    /** Every letter of the request's regime with when it is allowed. */
    @Transactional
    public List<LetterWindow> windows(long requestId) {
        LetterFacts f = reader.facts(requestId);
        return LetterWindows.all(f, reader.sameDocuments(f), clock.today());
    }

    /**
     * The letter of {@code kindName} prepared for the request, signed by {@code identityId} (the user's default
     * when null). An unknown kind is a 404; a kind the regime does not have is a 422 on {@code kind}.
     */
    @Transactional
    public LetterDraft prepare(long requestId, String kindName, Long identityId, String channel, long userId) {
        LetterFacts f = reader.facts(requestId);
        LetterKind kind = kind(kindName, f);
        RequesterIdentity identity = identity(identityId, userId, false, f);
        List<LetterFacts> same = kind == LetterKind.GROUPED_CADA_REFERRAL ? reader.sameDocuments(f) : List.of();
        return draft(f, kind, identity, same, channel);
    }

    /**
     * The grouped CADA referral of a given set of requests (a campaign's, whose titles differ by body): the first of
     * them refused and not yet at the CADA leads, every other such one goes with it ({@link Grouping#refused}), and
     * no other. Empty when none of them is.
     */
    @Transactional
    public Optional<LetterDraft> prepareGrouped(List<Long> requestIds, long userId) {
        List<LetterFacts> crpa = requestIds.stream().map(reader::facts).filter(f -> f.regime() == Regime.FR_CRPA).toList();
        List<Grouping.Member> refused = Grouping.refused(crpa, clock.today());
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        LetterFacts lead = refused.get(0).facts();
        List<LetterFacts> others = refused.stream().skip(1).map(Grouping.Member::facts).toList();
        return Optional.of(draft(lead, LetterKind.GROUPED_CADA_REFERRAL, identity(null, userId, false, lead), others, null));
    }

    private LetterDraft draft(LetterFacts f, LetterKind kind, RequesterIdentity identity, List<LetterFacts> same, String channel) {
        long requestId = f.id();
        LetterWindow window = LetterWindows.of(kind, f, same, clock.today());
        List<Grouping.Member> members = kind == LetterKind.GROUPED_CADA_REFERRAL
                ? Grouping.members(f, same, clock.today()) : List.of();
        LetterModel model = LetterModels.build(f, members, identity, clock.today());
        String text = LetterTexts.render(kind, f.regime(), model);
        String warning = LetterLabels.warning(locale.bundle(LetterMsg.class), window, locale.get());
        if (warning != null) {
            text = warning + "\n\n" + text;
        }
        Signer signer = Signer.of(identity, LetterLanguage.of(f.regime()));
        String how = channel == null ? f.channel() : channel;
        List<Long> grouped = members.stream().map(m -> m.facts().id()).filter(id -> id != requestId).toList();
        return new LetterDraft(requestId, kind, LetterLanguage.of(f.regime()), window,
                identity == null ? null : identity.id, how, clock.today(), signer.block(),
                Recipients.of(kind, f, config), signer.place(), text, grouped, signer.missing());
    }

    /** Keeps the edited text of a letter, with the blocks of today's draft; the identity must be one of the user's. */
    @Transactional
    public KeptLetter keep(long requestId, KeepInput input, long userId) {
        FieldChecks checks = new FieldChecks(locale.msg());
        LetterKind kind = checks.oneOf("kind", input.kind(), LetterKind.class, true);
        String text = checks.lines("text", input.text(), true, config.maxText());
        if (text != null && text.contains("\t")) {
            text = text.replace("\t", "    ");
        }
        Long identityId = identityId(checks, input.identityId());
        String channel = channel(checks, input.channel());
        checks.throwIfAny();
        LetterFacts f = reader.facts(requestId);
        kind(kind.name(), f);
        RequesterIdentity identity = identity(identityId, userId, true, f);
        LetterDraft draft = prepare(requestId, kind.name(), identity.id, channel, userId);
        KeptLetter letter = new KeptLetter();
        letter.requestId = requestId;
        letter.kind = draft.kind();
        letter.identity = identity;
        letter.language = draft.language();
        letter.channel = draft.channel();
        letter.letterDate = draft.date();
        letter.senderBlock = String.join("\n", draft.sender());
        letter.recipientBlock = String.join("\n", draft.recipient());
        letter.place = draft.place().length() > 100 ? draft.place().substring(0, 100) : draft.place();
        letter.text = text;
        letter.groupedIds = draft.groupedIds().isEmpty() ? null
                : draft.groupedIds().stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
        letter.sha256 = Sha256.of(text);
        letter.createdBy = AppUser.findById(userId);
        letter.createdAt = clock.now();
        letter.persist();
        return letter;
    }

    @Transactional
    public List<KeptLetter> kept(long requestId) {
        reader.facts(requestId);
        List<KeptLetter> letters = KeptLetter.ofRequest(requestId);
        letters.forEach(l -> l.identity.label.length());
        return letters;
    }

    @Transactional
    public KeptLetter keptLetter(long requestId, long letterId) {
        KeptLetter letter = KeptLetter.findById(letterId);
        if (letter == null || letter.requestId != requestId) {
            throw new NotFoundException(locale.msg().error_notfound_detail());
        }
        letter.identity.label.length();
        return letter;
    }

    private LetterKind kind(String name, LetterFacts f) {
        LetterKind kind = LetterKind.parse(name).orElseThrow(() -> new NotFoundException(locale.msg().error_notfound_detail()));
        if (!kind.appliesTo(f.regime())) {
            throw InvalidInputException.of("kind", locale.bundle(LetterMsg.class).v_kind_regime(f.regime().name()));
        }
        return kind;
    }

    /**
     * The user's identity {@code id}; else the identity the request is made in the name of (its owner's); else the
     * user's default. {@code required}: refuse (422) when there is none.
     */
    private RequesterIdentity identity(Long id, long userId, boolean required, LetterFacts request) {
        LetterMsg msg = locale.bundle(LetterMsg.class);
        if (id != null) {
            return identities.find(userId, id).or(() -> request.identityId() != null && request.identityId().equals(id)
                    ? identities.find(request.ownerId(), id) : java.util.Optional.empty())
                    .orElseThrow(() -> InvalidInputException.of("identityId", msg.v_identity_unknown()));
        }
        if (request.identityId() != null) {
            java.util.Optional<RequesterIdentity> named = identities.find(request.ownerId(), request.identityId());
            if (named.isPresent()) {
                return named.get();
            }
        }
        RequesterIdentity identity = identities.defaultOf(userId).orElse(null);
        if (identity == null && required) {
            throw InvalidInputException.of("identityId", msg.v_no_identity());
        }
        return identity;
    }

    private static Long identityId(FieldChecks checks, String value) {
        String id = checks.line("identityId", value, false, 20);
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            checks.add("identityId", checks.msg().v_int_range(Long.MAX_VALUE));
            return null;
        }
    }

    private static String channel(FieldChecks checks, String value) {
        LetterChannel channel = checks.oneOf("channel", value, LetterChannel.class, false);
        return channel == null ? null : channel.name();
    }

    /** The interface language, for pages built from a draft. */
    public Locale uiLocale() {
        return locale.get();
    }
}
