package fr.vigie.web;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field a JSON mapping error is about, written as the client wrote it: "events[1].date". */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        if (path.isEmpty()) {
            return "body";
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
