package fr.vigie.publicbody;

/** What sort of public body this is; drives letters (who the PRADA is) and statistics. */
public enum BodyKind {
    MINISTRY,
    DIRECTORATE,
    PREFECTURE,
    POLICE_SERVICE,
    GENDARMERIE,
    INDEPENDENT_AUTHORITY,
    COMMUNE,
    INTERCOMMUNALITY,
    OTHER
}
