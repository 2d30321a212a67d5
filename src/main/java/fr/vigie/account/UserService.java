package fr.vigie.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.vigie.app.AppClock;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.InvalidInputException;
import fr.vigie.web.Msg;
import fr.vigie.web.NotFoundException;

/** The only writer of user accounts. Keeps at least one enabled administrator at all times. */
@ApplicationScoped
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,64}$");
    private static final int MAX_PASSWORD = 200;

    private final AppClock clock;

    public UserService(AppClock clock) {
        this.clock = clock;
    }

    @Transactional
    public List<AppUser> listAll() {
        return AppUser.list("order by username");
    }

    @Transactional
    public AppUser get(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @Transactional
    public AppUser create(Msg msg, String username, String password, String roleName) {
        FieldChecks checks = new FieldChecks(msg);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            checks.add("username", msg.v_username());
        } else if (AppUser.findByUsername(name).isPresent()) {
            checks.add("username", msg.v_username_taken());
        }
        checkNewPassword(checks, "password", password);
        Role role = checks.oneOf("role", roleName, Role.class, true);
        checks.throwIfAny();
        return insert(name, password, role);
    }

    /** Used at first start, when the database has no user yet. */
    @Transactional
    public AppUser insert(String username, String password, Role role) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role;
        user.enabled = true;
        user.createdAt = clock.now();
        user.persist();
        return user;
    }

    @Transactional
    public void changeRole(Msg msg, long id, String roleName) {
        FieldChecks checks = new FieldChecks(msg);
        Role role = checks.oneOf("role", roleName, Role.class, true);
        checks.throwIfAny();
        AppUser user = get(id);
        if (user.role == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(msg, user, "role");
        }
        user.role = role;
    }

    @Transactional
    public void setEnabled(Msg msg, long id, boolean enabled) {
        AppUser user = get(id);
        if (!enabled && user.role == Role.ADMIN) {
            requireAnotherAdmin(msg, user, "enabled");
        }
        user.enabled = enabled;
    }

    @Transactional
    public void changeOwnPassword(Msg msg, long id, String current, String replacement, String confirmation) {
        AppUser user = get(id);
        FieldChecks checks = new FieldChecks(msg);
        if (current == null || !Passwords.matches(current, user.passwordHash)) {
            checks.add("current", msg.v_password_wrong());
        }
        checkNewPassword(checks, "password", replacement);
        if (replacement != null && !replacement.equals(confirmation)) {
            checks.add("confirmation", msg.v_password_mismatch());
        }
        checks.throwIfAny();
        user.passwordHash = Passwords.hash(replacement);
    }

    private static void checkNewPassword(FieldChecks checks, String field, String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            checks.add(field, checks.msg().v_password_short(Passwords.MIN_LENGTH));
        } else if (password.length() > MAX_PASSWORD) {
            checks.add(field, checks.msg().v_too_long(MAX_PASSWORD));
        }
    }

    private static void requireAnotherAdmin(Msg msg, AppUser user, String field) {
        if (user.enabled && AppUser.countActiveAdmins() <= 1) {
            throw InvalidInputException.of(field, msg.v_last_admin());
        }
    }
}
