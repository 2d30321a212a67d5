package fr.vigie.letter;

import jakarta.ws.rs.core.Response;

/** Files sent as attachments, never rendered in the page: a PDF or a ZIP with its name. */
public final class Downloads {

    private Downloads() {
    }

    public static Response pdf(byte[] bytes, String name) {
        return file(bytes, "application/pdf", name);
    }

    /** The PDF of a prepared letter, named after its kind and request. */
    public static Response pdf(LetterDraft draft) {
        return pdf(fr.vigie.letter.LetterPdf.render(draft.printed()), draft.kind().slug() + "-" + draft.requestId() + ".pdf");
    }

    /** The PDF of a kept letter, exactly as kept, named after its kind and date. */
    public static Response pdf(KeptLetter letter) {
        return pdf(fr.vigie.letter.LetterPdf.render(letter.printed()), letter.kind.slug() + "-" + letter.letterDate + ".pdf");
    }

    public static Response zip(byte[] bytes, String name) {
        return file(bytes, "application/zip", name);
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
