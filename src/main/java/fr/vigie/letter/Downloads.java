package fr.vigie.letter;

import jakarta.ws.rs.core.Response;

/** Files sent as attachments, never rendered in the page: a PDF or a ZIP with its name. */
public final class Downloads {

    private Downloads() {
    }

    public static Response pdf(byte[] bytes, String name) {
        return file(bytes, "application/pdf", name);
    }

    public static Response zip(byte[] bytes, String name) {
        return file(bytes, "application/zip", name);
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
