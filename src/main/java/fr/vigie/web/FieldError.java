package fr.vigie.web;

/** One rejected input field: its name as the client sent it, and why it was refused (already localised). */
public record FieldError(String field, String message) {
}
