package fr.vigie.campaign;

import fr.vigie.app.ViolationCode;

/** Why a campaign change is refused. Arguments in brackets. */
public enum CampaignCode implements ViolationCode {
    /** No body chosen. */
    NO_BODY,
    /** [most bodies in one batch] */
    TOO_MANY_BODIES,
    /** [the id given] the body does not exist. */
    BODY_UNKNOWN,
    /** [body name, the writer's violation] the request for this body was refused, so the whole batch was. */
    BODY_REFUSED,
    /** [body name] the body is already asked in this campaign. */
    BODY_ALREADY_IN,
    /** No request chosen. */
    NO_REQUEST,
    /** [request id] the request is not one of this campaign's. */
    NOT_IN_CAMPAIGN,
    /** [request id, the writer's violation] a bulk action was refused on one request, so on all. */
    REQUEST_REFUSED,
    /** [names not found, comma-separated] lines of a list of names that match no body. */
    NAMES_UNKNOWN
}
