package fr.vigie.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashing and checking, and random secrets. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads no further than this many bytes (UTF-8) of a password. */
    public static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** A valid hash of a random secret, checked when the user does not exist so that timing reveals nothing. */
    private static final String DECOY_HASH = hash(randomSecret(16));

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, 11);
    }

    public static boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    /** True when bcrypt would ignore part of this password. */
    public static boolean tooLong(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** Spends the time of one check, for unknown users. */
    public static void checkDecoy(String password) {
        matches(password, DECOY_HASH);
    }

    /** URL-safe random text carrying {@code bytes} bytes of entropy. */
    public static String randomSecret(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
