package fr.vigie.account;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.web.FieldChecks;

/**
 * Checks logins, through the throttle: a password (with the browser's device proof, if any), then, for a user with a
 * second factor, its code. Used by the login form (two steps) and the token API (one call).
 */
@ApplicationScoped
public class LoginService {

    /** The throttle's proof id of a login that brought a right second-factor code with its password. */
    private static final String SECOND_FACTOR_PROOF = "second-factor";

    private final LoginThrottle throttle;
    private final LoginProofs proofs;
    private final TwoFactorService twoFactor;

    public LoginService(LoginThrottle throttle, LoginProofs proofs, TwoFactorService twoFactor) {
        this.throttle = throttle;
        this.proofs = proofs;
        this.twoFactor = twoFactor;
    }

    /** What a password step gave: the user, and whether their second factor was given too. */
    public record PasswordStep(AppUser user, boolean secondFactorDone) {
    }

    /**
     * The enabled user whose password this is, or empty (wrong, unknown, disabled, or throttled).
     *
     * @param deviceToken the browser's device proof (cookie vigie-device), or null
     * @param code a second-factor code sent with the password, or null: when right, it proves the account like a
     *        device proof does (the delays others caused are skipped) and the login needs no second step
     */
    @Transactional
    public Optional<PasswordStep> checkPassword(String username, String password, String address, String deviceToken,
            String code) {
        // no account has such a name: not even looked up (PostgreSQL refuses a NUL in a query)
        if (username == null || password == null || username.length() > 64 || password.length() > 1000
                || FieldChecks.hasForbiddenControl(username)) {
            return Optional.empty();
        }
        Optional<AppUser> user = AppUser.findByUsername(username);
        String proof = user.map(u -> proofs.deviceProof(deviceToken, u.id)).orElse(null);
        boolean codeRight = false;
        if (proof == null && code != null && !code.isBlank() && user.isPresent() && user.get().totpEnabled) {
            codeRight = twoFactor.verifyAsProof(user.get(), code);
            proof = codeRight ? SECOND_FACTOR_PROOF : null;
        }
        // counted before the check, so that parallel attempts cannot all slip through after a wait
        if (!throttle.admit(username, address, proof)) {
            return Optional.empty();
        }
        boolean ok;
        if (user.isPresent()) {
            ok = Passwords.matches(password, user.get().passwordHash) && user.get().enabled;
        } else {
            Passwords.checkDecoy(password);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        throttle.recordSuccess(username, address, proof);
        return Optional.of(new PasswordStep(user.get(), codeRight));
    }

    /** Password and, for a user with a second factor, its code in the same call (the token API). */
    @Transactional
    public Optional<AppUser> authenticate(String username, String password, String code, String address) {
        return checkPassword(username, password, address, null, null).map(PasswordStep::user)
                .filter(u -> !u.totpEnabled || twoFactor.verify(u, code));
    }

    /** The password was right and a second factor is due: the ticket the browser keeps for the second step. */
    public String awaitSecondFactor(AppUser user) {
        return proofs.openPending(user.id);
    }

    /** Second step of a login: the ticket's user, when the code is theirs; a wrong code counts against the ticket. */
    @Transactional
    public Optional<AppUser> completeSecondFactor(String ticket, String code) {
        OptionalLong id = proofs.pendingUser(ticket);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<AppUser> user = AppUser.<AppUser>findByIdOptional(id.getAsLong()).filter(u -> u.enabled);
        if (user.isEmpty() || !twoFactor.verify(user.get(), code)) {
            proofs.pendingCodeWrong(ticket);
            return Optional.empty();
        }
        proofs.closePending(ticket);
        return user;
    }
}
