package fr.vigie.mail;

/** A message was put in the outbox (fired in its transaction; the sender acts after the commit). */
public record MailQueued(long mailId) {
}
