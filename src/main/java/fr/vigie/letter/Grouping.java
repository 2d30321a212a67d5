package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.deadline.DeadlineKey;

/**
 * Which other requests a grouped CADA referral takes along: the owner's CRPA requests for the same documents
 * (same title) that were refused, expressly or by silence, and not yet taken to the CADA.
 */
public final class Grouping {

    /** One body of the group: its request, its refusal and its own CADA deadline. */
    public record Member(LetterFacts facts, LetterFacts.Refusal refusal, LocalDate actBy) {
        LocalDate refusedOn() {
            return refusal.date();
        }
    }

    private Grouping() {
    }

    public static List<Member> companions(LetterFacts request, List<LetterFacts> sameDocuments, LocalDate today) {
        return refused(sameDocuments.stream().filter(o -> o.id() != request.id()).toList(), today);
    }

    /** Those of {@code requests} a referral can take: refused, expressly or by silence, by today, not settled, not yet at the CADA. */
    public static List<Member> refused(List<LetterFacts> requests, LocalDate today) {
        return requests.stream().filter(o -> !o.has("CADA_REFERRAL_SENT") && !o.has("CADA_REGISTERED") && !o.isSettled())
                .flatMap(o -> o.refusal(today).map(r -> new Member(o, r, o.deadline(DeadlineKey.CADA_REFERRAL_BY).orElse(null))).stream())
                .toList();
    }

    /** The request itself first, then its companions. */
    public static List<Member> members(LetterFacts request, List<LetterFacts> sameDocuments, LocalDate today) {
        List<Member> all = new java.util.ArrayList<>();
        request.refusal(today).ifPresent(r -> all.add(new Member(request, r, request.deadline(DeadlineKey.CADA_REFERRAL_BY).orElse(null))));
        all.addAll(companions(request, sameDocuments, today));
        return all;
    }
}
