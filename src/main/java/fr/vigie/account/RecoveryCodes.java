package fr.vigie.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

/**
 * Recovery codes: ten random codes shown once, for the day the phone is lost. Only their SHA-256 is stored (each
 * carries 50 random bits: a slow hash would add nothing); each is used at most once, which one UPDATE decides even
 * when the same code is sent twice at once. Runs in the caller's transaction.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Replaces the user's codes by ten new ones, returned in clear this once ("abcde-fghij"). */
    static List<String> renew(EntityManager em, long userId) {
        deleteAll(em, userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            em.createNativeQuery("INSERT INTO recovery_code (user_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, userId).setParameter(2, digest(code.toString())).executeUpdate();
        }
        return codes;
    }

    /** True when this is one of the user's unused codes, which is now used. */
    static boolean use(EntityManager em, long userId, String typed, long nowMs) {
        String code = normalise(typed);
        if (code.length() != 10) {
            return false;
        }
        return em.createNativeQuery("UPDATE recovery_code SET used_ms = ?1 WHERE user_id = ?2 AND code_hash = ?3 AND used_ms IS NULL")
                .setParameter(1, nowMs).setParameter(2, userId).setParameter(3, digest(code)).executeUpdate() == 1;
    }

    static long left(EntityManager em, long userId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recovery_code WHERE user_id = ?1 AND used_ms IS NULL")
                .setParameter(1, userId).getSingleResult()).longValue();
    }

    static void deleteAll(EntityManager em, long userId) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    /** As typed: spaces, dashes and capitals do not matter. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
