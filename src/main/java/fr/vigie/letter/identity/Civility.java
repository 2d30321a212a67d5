package fr.vigie.letter.identity;

/** How a person is addressed in a French letter; English and German letters use the matching title. */
public enum Civility {
    MADAME,
    MONSIEUR
}
