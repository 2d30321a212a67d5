package fr.vigie.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.web.FieldChecks;

/** Checks a username and password, through the throttle. Used by the login form and the token API. */
@ApplicationScoped
public class LoginService {

    private final LoginThrottle throttle;

    public LoginService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** The enabled user these credentials prove, or empty (wrong, unknown, disabled, or throttled). */
    @Transactional
    public Optional<AppUser> authenticate(String username, String password, String address) {
        // no account has such a name: not even looked up (PostgreSQL refuses a NUL in a query)
        if (username == null || password == null || username.length() > 64 || password.length() > 1000
                || FieldChecks.hasForbiddenControl(username)) {
            return Optional.empty();
        }
        // counted before the check, so that parallel attempts cannot all slip through after a wait
        if (!throttle.admit(username, address)) {
            return Optional.empty();
        }
        Optional<AppUser> user = AppUser.findByUsername(username);
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
        throttle.recordSuccess(username, address);
        return user;
    }
}
