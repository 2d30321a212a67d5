package fr.vigie.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw messages built to break a mail reader: each must be read safely or refused clearly, never half-stored. */
final class HostileMail {

    private HostileMail() {
    }

    /** Case name → raw bytes; {@code replyTo} puts each on a request (so their attachments are confirmed too). */
    static Map<String, byte[]> corpus(String replyTo, int bigBytes) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("truncated", ("From: a@b.test\r\nTo: " + replyTo + "\r\nSubject: tronqué\r\nContent-Type: multipart/mixed; "
                + "boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\ndébut du texte").getBytes(StandardCharsets.UTF_8));
        all.put("not mime at all", "\u0000\u0001\u0002 garbage without headers \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        all.put("unknown charset", ("From: a@b.test\r\nTo: " + replyTo + "\r\nSubject: charset\r\nContent-Type: text/plain; "
                + "charset=x-klingon-42\r\n\r\nqapla\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        all.put("header injection", ("From: a@b.test\r\nTo: " + replyTo + "\r\nSubject: =?UTF-8?Q?objet=0D=0ABcc:_victime@x.test?=\r\n"
                + "\r\ntexte").getBytes(StandardCharsets.UTF_8));
        all.put("script html", ("From: a@b.test\r\nTo: " + replyTo + "\r\nSubject: html\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><head><script>alert('x')</script></head><body><p>Bonjour</p><script>document.cookie</script>"
                + "<img src=x onerror=alert(1)>Fin</body></html>").getBytes(StandardCharsets.UTF_8));
        all.put("path traversal and disguised html", multipart(replyTo, "pieces", Map.of(
                "../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8),
                "report.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            parts.append("--B\r\nContent-Type: text/plain\r\n\r\np").append(i).append("\r\n");
        }
        all.put("ten thousand parts", ("From: a@b.test\r\nTo: " + replyTo + "\r\nSubject: parts\r\nContent-Type: multipart/mixed; "
                + "boundary=B\r\n\r\n" + parts + "--B--\r\n").getBytes(StandardCharsets.UTF_8));
        all.put("huge attachment", multipart(replyTo, "gros", Map.of("gros.bin", new byte[bigBytes])));
        all.put("bad addresses and date", ("From: <<<@@@>>>\r\nTo: \"unterminated <x@\r\nDate: yesterday-ish\r\nSubject: "
                + "adresses\r\n\r\ntexte").getBytes(StandardCharsets.UTF_8));
        return all;
    }

    static byte[] multipart(String to, String subject, Map<String, byte[]> files) {
        StringBuilder b = new StringBuilder("From: mairie@commune.test\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=ZZ\r\n\r\n--ZZ\r\nContent-Type: text/plain; "
                + "charset=UTF-8\r\n\r\nci-joint\r\n");
        files.forEach((name, bytes) -> b.append("--ZZ\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; "
                + "filename=\"").append(name).append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(bytes)).append("\r\n"));
        b.append("--ZZ--\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
