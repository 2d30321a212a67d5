package fr.vigie.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.request.procedure.RequestStage;

/** The API's records of campaigns (never entities). Fields may be added. */
public final class CampaignJson {

    private CampaignJson() {
    }

    /** Answer to a creation or an addition of bodies. */
    public record Created(long id, int requestCount) {
    }

    public record Listed(long id, String name, String regime, List<String> tags, Instant createdAt, long requestCount) {
        static Listed of(CampaignReader.Listed l) {
            Campaign c = l.campaign();
            return new Listed(c.id, c.name, c.regime.name(), c.tagList(), c.createdAt, l.requestCount());
        }
    }

    /**
     * A campaign with its figures. {@code stages}: stage → number of requests, every stage present;
     * {@code answeredInTimeShare}: percent of the sent requests answered within the legal time (null before any was sent).
     */
    public record Detail(long id, String name, String description, String regime, String text, List<String> tags,
            long ownerId, Instant createdAt, long version, int requestCount, Map<String, Long> stages, long sent,
            long answeredInTime, Double answeredInTimeShare, long overdue, List<Long> overdueRequestIds) {

        static Detail of(CampaignBoard board) {
            Campaign c = board.campaign();
            Map<String, Long> stages = new LinkedHashMap<>();
            for (RequestStage s : RequestStage.values()) {
                stages.put(s.name(), board.count(s));
            }
            return new Detail(c.id, c.name, c.description, c.regime.name(), c.letterText, c.tagList(), c.owner.id,
                    c.createdAt, c.version, board.requestCount(), stages, board.sent(), board.inTime(),
                    board.answeredInTimeShare(), board.overdue().size(),
                    board.overdue().stream().map(CampaignBoard.Row::requestId).toList());
        }
    }

    /** One request of a campaign, as the matrix shows it. */
    public record RequestRow(long id, long bodyId, String bodyName, String departement, String stage, String nextStep,
            LocalDate nextActionDate, LocalDate overdueSince, boolean overdue, LocalDate firstSent, LocalDate firstAnswer,
            LocalDate answerDue) {

        static RequestRow of(CampaignBoard.Row r, LocalDate today) {
            var f = r.facts();
            return new RequestRow(r.requestId(), r.bodyId(), r.bodyName(), r.departement(), r.stage().name(),
                    r.nextStep() == null ? null : r.nextStep().name(), r.nextActionDate(), r.overdueSince(),
                    r.overdueOn(today), f == null ? null : f.firstSent(), f == null ? null : f.firstAnswer(),
                    f == null ? null : f.answerDue());
        }
    }
}
