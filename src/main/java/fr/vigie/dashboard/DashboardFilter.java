package fr.vigie.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Regime;
import fr.vigie.publicbody.BodyKind;
import fr.vigie.publicbody.Departements;
import fr.vigie.web.FieldChecks;
import fr.vigie.web.Msg;
import fr.vigie.web.Texts;
import io.quarkus.panache.common.Parameters;

/** The dashboard's filters, all optional: owner (or "mine"), body, body kind, département, regime, tag. */
public record DashboardFilter(String owner, Long bodyId, BodyKind bodyKind, String departement, Regime regime, String tag) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null, null);

    /** Reads the query parameters; {@code mine} replaces the owner by the logged-in user. */
    public static DashboardFilter parse(Msg msg, String owner, boolean mine, String currentUser, String bodyId,
            String bodyKind, String departement, String regime, String tag) {
        FieldChecks checks = new FieldChecks(msg);
        String who = mine ? currentUser : checks.line("owner", owner, false, 64);
        long body = checks.positive("bodyId", bodyId, 0, Long.MAX_VALUE);
        BodyKind kind = checks.oneOf("bodyKind", bodyKind, BodyKind.class, false);
        String dep = null;
        if (departement != null && !departement.isBlank()) {
            dep = Departements.canonical(departement);
            if (dep == null) {
                checks.add("departement", msg.v_departement());
            }
        }
        Regime r = checks.oneOf("regime", regime, Regime.class, false);
        String t = checks.line("tag", tag, false, 40);
        checks.throwIfAny();
        return new DashboardFilter(who, body == 0 ? null : body, kind, dep, r, t == null ? null : t.toLowerCase(Locale.ROOT));
    }

    /** The JPQL conditions on AccessRequest r, and their parameters. */
    String where(Parameters params) {
        List<String> where = new ArrayList<>();
        if (owner != null) {
            where.add("r.owner.username = :owner");
            params.and("owner", owner);
        }
        if (bodyId != null) {
            where.add("r.body.id = :bodyId");
            params.and("bodyId", bodyId);
        }
        if (bodyKind != null) {
            where.add("r.body.kind = :bodyKind");
            params.and("bodyKind", bodyKind);
        }
        if (departement != null) {
            where.add("r.body.departement = :departement");
            params.and("departement", departement);
        }
        if (regime != null) {
            where.add("r.regime = :regime");
            params.and("regime", regime);
        }
        if (tag != null) {
            where.add("r.tags like :tag escape '!'");
            params.and("tag", Texts.tagPattern(tag));
        }
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }
}
