package fr.vigie.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18, item 7: TOTP as RFC 6238 defines it, checked against its test vectors (Appendix B). */
class TotpTest {

    private static final String SEED20 = "12345678901234567890";
    private static final String SEED32 = "12345678901234567890123456789012";
    private static final String SEED64 = "1234567890".repeat(6) + "1234";

    @ParameterizedTest(name = "{0} s, {2}: {1}")
    @CsvSource({
        "59,          94287082, HmacSHA1",
        "59,          46119246, HmacSHA256",
        "59,          90693936, HmacSHA512",
        "1111111109,  07081804, HmacSHA1",
        "1111111109,  68084774, HmacSHA256",
        "1111111109,  25091201, HmacSHA512",
        "1111111111,  14050471, HmacSHA1",
        "1111111111,  67062674, HmacSHA256",
        "1111111111,  99943326, HmacSHA512",
        "1234567890,  89005924, HmacSHA1",
        "1234567890,  91819424, HmacSHA256",
        "1234567890,  93441116, HmacSHA512",
        "2000000000,  69279037, HmacSHA1",
        "2000000000,  90698825, HmacSHA256",
        "2000000000,  38618901, HmacSHA512",
        "20000000000, 65353130, HmacSHA1",
        "20000000000, 77737706, HmacSHA256",
        "20000000000, 47863826, HmacSHA512" })
    void rfc6238TestVectors(long seconds, String expected, String hmac) {
        String seed = switch (hmac) {
            case "HmacSHA1" -> SEED20;
            case "HmacSHA256" -> SEED32;
            default -> SEED64;
        };
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(seed.getBytes(StandardCharsets.US_ASCII), step, hmac, 8)).isEqualTo(expected);
    }

    @Test
    void aCodeCountsOneStepEitherSideAndNoFurther() {
        String secret = Totp.encode(SEED20.getBytes(StandardCharsets.US_ASCII));
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(30)), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.plusSeconds(30)), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, now.minusSeconds(90)), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndTheUriNamesEverythingAnAppNeeds() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.encode(Totp.decode(secret))).isEqualTo(secret);
        assertThat(Totp.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("Vigie", "marie dupont", secret)).isEqualTo("otpauth://totp/Vigie%3Amarie%20dupont?secret="
                + secret + "&issuer=Vigie&algorithm=SHA1&digits=6&period=30");
    }
}
