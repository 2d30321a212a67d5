package fr.vigie.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


/**
 * The administrators' setting "administrators must use a second factor" (app_setting 'admin-second-factor'). While
 * it is on, an administrator without one logs in with an editor's rights until they enrol: administration needs
 * the second factor, and nobody is locked out (enrolment is on every user's account page).
 */
@ApplicationScoped
public class AdminSecondFactor {

    private static final String NAME = "admin-second-factor";

    @Transactional
    public boolean required() {
        Object value = AppUser.getEntityManager().createNativeQuery("SELECT setting_value FROM app_setting WHERE name = ?1")
                .setParameter(1, NAME).getResultStream().findFirst().orElse("false");
        return "true".equals(value);
    }

    @Transactional
    public void setRequired(boolean required) {
        AppUser.getEntityManager().createNativeQuery("UPDATE app_setting SET setting_value = ?1 WHERE name = ?2")
                .setParameter(1, Boolean.toString(required)).setParameter(2, NAME).executeUpdate();
    }

    /** True when this user's administrator rights wait for a second factor. */
    public boolean withholdsAdmin(AppUser user) {
        return user.role == Role.ADMIN && !user.totpEnabled && required();
    }
}
