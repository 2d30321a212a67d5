package fr.vigie.request.procedure;

/** The CADA's opinion on a referral (R343-3 CRPA). */
public enum Avis {
    FAVOURABLE,
    UNFAVOURABLE,
    PARTLY_FAVOURABLE,
    INADMISSIBLE,
    NO_LONGER_RELEVANT
}
