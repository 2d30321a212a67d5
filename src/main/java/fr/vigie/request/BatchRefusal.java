package fr.vigie.request;

import fr.vigie.app.Refusal;

/** The refusal of one request of a batch ({@link RequestService#createAll}): its position and the writer's refusal. */
public final class BatchRefusal extends Refusal {

    private final int index;

    BatchRefusal(int index, Refusal refused) {
        super(refused.kind(), refused.violations());
        this.index = index;
    }

    /** The position in the batch of the form refused. */
    public int index() {
        return index;
    }
}
