package fr.vigie.campaign;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.vigie.publicbody.ReferenceBodies;
import fr.vigie.web.Msg;

/**
 * The bodies of the BriefCam case shipped with Vigie, for a campaign: loaded into the directory by the directory's
 * own reference loader (matched by name, earlier name or short name, completed, the missing ones added), so that a
 * campaign and the directory's "load the reference set" always agree on which body is which.
 */
@ApplicationScoped
public class BriefCamBodies {

    private final ReferenceBodies reference;

    BriefCamBodies(ReferenceBodies reference) {
        this.reference = reference;
    }

    public int count() {
        return reference.count();
    }

    /** The ids of the reference bodies, in the file's order, adding to the directory those it does not have. */
    public List<Long> ids(Msg msg) {
        return reference.load(msg).ids();
    }
}
