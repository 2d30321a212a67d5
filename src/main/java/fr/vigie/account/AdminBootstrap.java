package fr.vigie.account;

import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.vigie.app.VigieConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * First start on an empty database: creates the administrator "admin", with the password from
 * VIGIE_ADMIN_PASSWORD, or a generated one printed once in the log.
 */
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    public static final String ADMIN = "admin";

    @Transactional
    void onStart(@Observes StartupEvent event, UserService users,
            VigieConfig config) {
        if (AppUser.count() > 0) {
            return;
        }
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password != null && password.length() < Passwords.MIN_LENGTH) {
            throw new IllegalStateException("VIGIE_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH + " characters");
        }
        if (password != null && Passwords.tooLong(password)) {
            throw new IllegalStateException("VIGIE_ADMIN_PASSWORD must have at most " + Passwords.MAX_BYTES
                    + " bytes (UTF-8): bcrypt ignores the rest");
        }
        boolean generated = password == null;
        if (generated) {
            password = Passwords.randomSecret(15);
        }
        users.insert(ADMIN, password, Role.ADMIN);
        if (generated) {
            LOG.warnf("First start: administrator '%s' created with password: %s  (shown once; change it on the account page)",
                    ADMIN, password);
        } else {
            LOG.infof("First start: administrator '%s' created with the password from VIGIE_ADMIN_PASSWORD", ADMIN);
        }
    }
}
