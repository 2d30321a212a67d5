package fr.vigie.account;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.NotFoundException;

/**
 * Two-factor authentication of a user (issue 18, item 7): enrolment (a secret, confirmed by a first code), checking a
 * code at login, recovery codes, turning it off. A code is a TOTP code of the current time (RFC 6238) or an unused
 * recovery code. Code checks are throttled per account, and a TOTP code is accepted once (replay refused).
 */
@ApplicationScoped
public class TwoFactorService {

    private final AppClock clock;
    private final LoginThrottle throttle;

    public TwoFactorService(AppClock clock, LoginThrottle throttle) {
        this.clock = clock;
        this.throttle = throttle;
    }

    /** A new secret for the user, to be confirmed by a code; the second factor is not on before that. */
    @Transactional
    public String start(TwoFactorMsg msg, long userId) {
        AppUser user = user(userId);
        if (user.totpEnabled) {
            throw new InvalidInputException(409, List.of(new fr.vigie.web.FieldError("code", msg.v_already_on())));
        }
        user.totpSecret = Totp.newSecret();
        return user.totpSecret;
    }

    /** The first code proves the app holds the secret: the second factor is on; the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(TwoFactorMsg msg, long userId, String code) {
        AppUser user = user(userId);
        if (user.totpEnabled || user.totpSecret == null) {
            throw InvalidInputException.of("code", msg.v_not_started());
        }
        OptionalLong step = Totp.matchingStep(user.totpSecret, strip(code), clock.now());
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", msg.v_code_wrong());
        }
        user.totpEnabled = true;
        user.totpLastStep = step.getAsLong();
        return RecoveryCodes.renew(em(), userId);
    }

    /** Off, with the password and a code: a session left open is not enough to remove the second factor. */
    @Transactional
    public void disable(TwoFactorMsg msg, long userId, String password, String code) {
        AppUser user = user(userId);
        if (password == null || !Passwords.matches(password, user.passwordHash)) {
            throw InvalidInputException.of("password", msg.v_password_wrong());
        }
        if (!verify(user, code)) {
            throw InvalidInputException.of("code", msg.v_code_wrong());
        }
        user.totpEnabled = false;
        user.totpSecret = null;
        RecoveryCodes.deleteAll(em(), userId);
    }

    /** Ten new recovery codes (the former ones stop working), for a current code. */
    @Transactional
    public List<String> renewRecoveryCodes(TwoFactorMsg msg, long userId, String code) {
        AppUser user = user(userId);
        if (!user.totpEnabled || !verify(user, code)) {
            throw InvalidInputException.of("code", msg.v_code_wrong());
        }
        return RecoveryCodes.renew(em(), userId);
    }

    @Transactional
    public long recoveryCodesLeft(long userId) {
        return RecoveryCodes.left(em(), userId);
    }

    /**
     * True when the code is the user's TOTP code now (and was not accepted before) or one of their unused recovery
     * codes, which is then used. Throttled per account: after a few wrong codes, codes wait unchecked.
     */
    @Transactional
    public boolean verify(AppUser user, String typed) {
        return verify(user, typed, true);
    }

    /** A code sent with a password as a proof of the account (issue 18, item 4); counted apart from {@link #verify}. */
    @Transactional
    public boolean verifyAsProof(AppUser user, String typed) {
        return verify(user, typed, false);
    }

    private boolean verify(AppUser user, String typed, boolean afterPassword) {
        if (!user.totpEnabled || typed == null || typed.length() > 40 || !throttle.admitSecondFactor(user.username, afterPassword)) {
            return false;
        }
        String code = strip(typed);
        OptionalLong step = Totp.matchingStep(user.totpSecret, code, clock.now());
        boolean ok;
        if (step.isPresent()) {
            ok = acceptStep(user.id, step.getAsLong());
            if (ok) {
                user.totpLastStep = step.getAsLong(); // a managed user written at commit must not undo the UPDATE
            }
        } else {
            ok = RecoveryCodes.use(em(), user.id, typed, clock.now().toEpochMilli());
        }
        if (ok) {
            throttle.secondFactorSucceeded(user.username, afterPassword);
        }
        return ok;
    }

    /** One UPDATE decides: of two logins sending the same code at once, one gets in. */
    private boolean acceptStep(long userId, long step) {
        return em().createNativeQuery("UPDATE app_user SET totp_last_step = ?1 WHERE id = ?2 AND totp_last_step < ?1")
                .setParameter(1, step).setParameter(2, userId).executeUpdate() == 1;
    }

    private static String strip(String code) {
        return code == null ? null : code.replace(" ", "").strip();
    }

    private static AppUser user(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    private static EntityManager em() {
        return AppUser.getEntityManager();
    }
}
