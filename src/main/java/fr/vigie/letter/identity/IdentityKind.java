package fr.vigie.letter.identity;

/** A person signs in their own name; an association signs through its representative. */
public enum IdentityKind {
    PERSON,
    ASSOCIATION
}
