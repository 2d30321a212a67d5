package fr.vigie.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * HTTP/1.1 by hand, for requests so large (a 1 MB URL, a 31 MB body) that the server answers and closes
 * before it has read them: a client that writes everything before reading (RestAssured) only sees a
 * broken pipe. Here the request is written by another thread while this one reads the answer.
 */
final class RawHttp {

    /** What came back, from either client. */
    record Answer(int status, String contentType, String location, String body) {

        static Answer of(Response r) {
            return new Answer(r.statusCode(), r.contentType(), r.header("Location"), r.asString());
        }

        /** The body as JSON (Jackson: RestAssured's JsonPath is slow for thousands of answers). */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final int TIMEOUT_MS = 15_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /**
     * Sends {@code method target} with these headers and body, declaring {@code declaredLength} bytes
     * (the body's own length when negative), and reads the answer.
     */
    static Answer exchange(String method, String target, Map<String, String> headers, byte[] body, long declaredLength) {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(headers.getOrDefault("Host", base.getHost())).append("\r\nConnection: close\r\n");
            headers.forEach((name, value) -> {
                if (!name.equals("Host")) { // a Host of the caller's (a forged one) replaces the real one
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            if (body.length > 0 || declaredLength >= 0) {
                head.append("Content-Length: ").append(declaredLength >= 0 ? declaredLength : body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    for (int at = 0; at < body.length; at += 65_536) {
                        out.write(body, at, Math.min(65_536, body.length - at));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before reading everything: its answer is what matters
                }
            });
            writer.start();
            Answer answer = read(new BufferedInputStream(socket.getInputStream()));
            socket.close();
            writer.join(10_000);
            return answer;
        } catch (java.net.SocketTimeoutException e) {
            return new Answer(0, "", null, "no answer within " + TIMEOUT_MS / 1000 + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String status = line(in);
        String type = "";
        String location = null;
        boolean chunked = false;
        long length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).strip();
            switch (name) {
                case "content-type" -> type = value;
                case "location" -> location = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                default -> {
                    // not needed
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        } else {
            in.transferTo(body);
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), type, location, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
