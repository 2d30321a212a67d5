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

/**
 * The only writer of user accounts. Keeps at least one enabled administrator at all times, also when two
 * administrators change each other at the same moment: every change that could remove an administrator first locks
 * one row (app_setting 'admin-guard'), so such changes run one after the other and each counts what the previous one
 * committed (issue 18, item 9).
 */
@ApplicationScoped
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,64}$");

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

    /** A new account; a name differing from an existing one only in case is taken (issue 18, item 8). */
    @Transactional
    public AppUser create(Msg msg, AccountMsg amsg, String username, String password, String roleName) {
        FieldChecks checks = new FieldChecks(msg);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            checks.add("username", msg.v_username());
        } else if (AppUser.findByUsername(name).isPresent()) {
            checks.add("username", msg.v_username_taken());
        }
        checkNewPassword(checks, amsg, "password", password);
        Role role = checks.oneOf("role", roleName, Role.class, true);
        checks.throwIfAny();
        try {
            AppUser user = insert(name, password, role);
            AppUser.flush();
            return user;
        } catch (jakarta.persistence.PersistenceException e) {
            // the same name created at the same moment by someone else: the unique key on username_key decided
            throw new InvalidInputException(409, List.of(new fr.vigie.web.FieldError("username", msg.v_username_taken())));
        }
    }

    /** Used at first start, when the database has no user yet. */
    @Transactional
    public AppUser insert(String username, String password, Role role) {
        AppUser user = new AppUser();
        user.username = username;
        user.usernameKey = AppUser.keyOf(username);
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
        lockAdministrators();
        AppUser user = get(id);
        if (user.role == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(msg, user, "role");
        }
        user.role = role;
    }

    @Transactional
    public void setEnabled(Msg msg, long id, boolean enabled) {
        lockAdministrators();
        AppUser user = get(id);
        if (!enabled && user.role == Role.ADMIN) {
            requireAnotherAdmin(msg, user, "enabled");
        }
        user.enabled = enabled;
    }

    @Transactional
    public void changeOwnPassword(Msg msg, AccountMsg amsg, long id, String current, String replacement, String confirmation) {
        AppUser user = get(id);
        FieldChecks checks = new FieldChecks(msg);
        if (current == null || !Passwords.matches(current, user.passwordHash)) {
            checks.add("current", msg.v_password_wrong());
        }
        checkNewPassword(checks, amsg, "password", replacement);
        if (replacement != null && !replacement.equals(confirmation)) {
            checks.add("confirmation", msg.v_password_mismatch());
        }
        checks.throwIfAny();
        user.passwordHash = Passwords.hash(replacement);
    }

    /**
     * bcrypt reads only the first 72 bytes of a password: a longer one is refused rather than silently cut, so that
     * every character of a password counts (issue 18, item 8).
     */
    private static void checkNewPassword(FieldChecks checks, AccountMsg amsg, String field, String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            checks.add(field, checks.msg().v_password_short(Passwords.MIN_LENGTH));
        } else if (Passwords.tooLong(password)) {
            checks.add(field, amsg.v_password_bytes(Passwords.MAX_BYTES));
        }
    }

    /**
     * Waits for, then holds until commit, the one row every change to administrators locks: two such changes never
     * count administrators at the same time. An UPDATE locks the row on H2 and PostgreSQL alike.
     */
    private static void lockAdministrators() {
        AppUser.getEntityManager().createNativeQuery("UPDATE app_setting SET setting_value = setting_value WHERE name = 'admin-guard'")
                .executeUpdate();
    }

    private static void requireAnotherAdmin(Msg msg, AppUser user, String field) {
        if (user.enabled && AppUser.countActiveAdmins() <= 1) {
            throw InvalidInputException.of(field, msg.v_last_admin());
        }
    }
}
