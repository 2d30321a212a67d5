package fr.vigie.request;

/** Who may read a request: PRIVATE, logged-in users only; PUBLIC, also anyone at its public address. */
public enum Visibility {
    PRIVATE,
    PUBLIC
}
