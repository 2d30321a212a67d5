package fr.vigie.letter;

/**
 * How a letter will be sent: the names of {@code fr.vigie.request.procedure.SendingChannel}, repeated here so the
 * letter package validates them without reading the request core (a test checks both lists agree).
 */
public enum LetterChannel {
    EMAIL, ONLINE_FORM, POST, REGISTERED_POST, HAND_DELIVERY
}
