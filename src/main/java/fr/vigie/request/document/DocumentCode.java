package fr.vigie.request.document;

import fr.vigie.app.ViolationCode;

/** Why a file is refused before anything is stored. Arguments in brackets. */
public enum DocumentCode implements ViolationCode {
    /** [file name, the largest size in MB] */
    FILE_TOO_LARGE,
    /** [file name] */
    FILE_EMPTY,
    /** The content contradicts the extension: [file name, extension, detected type] */
    FILE_DISGUISED,
    /** A web page, script or program: [file name, detected type] */
    FILE_ACTIVE,
    /** More files than one event takes: [the most] */
    TOO_MANY_FILES
}
