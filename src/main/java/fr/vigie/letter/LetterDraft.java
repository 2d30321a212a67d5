package fr.vigie.letter;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.letter.identity.RequesterIdentity;

/**
 * A letter prepared for a request, before the user edits and keeps it: the editable text and the blocks
 * printed around it.
 *
 * @param identityId the identity it is signed with (null when the user has none)
 * @param groupedIds the other requests a grouped referral covers
 * @param missing    what the identity lacks (each is a bracketed note in the letter)
 */
public record LetterDraft(long requestId, LetterKind kind, LetterLanguage language, LetterWindow window, Long identityId,
        String channel, LocalDate date, List<String> sender, List<String> recipient, String place, String text,
        List<Long> groupedIds, List<RequesterIdentity.Field> missing) {

    public PrintedLetter printed() {
        return new PrintedLetter(language, sender, recipient, language.placeAndDate(place, date), channel, text);
    }
}
