package fr.vigie.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import fr.vigie.app.Refusal;
import fr.vigie.app.Violation;
import fr.vigie.deadline.Residence;
import fr.vigie.form.FormCheck;
import fr.vigie.form.Tags;
import fr.vigie.publicbody.PublicBody;
import fr.vigie.request.document.CheckedFile;
import fr.vigie.request.document.DocumentCode;
import fr.vigie.request.document.FileInspector;
import fr.vigie.request.document.Upload;
import fr.vigie.request.procedure.ProcedureCode;
import fr.vigie.request.procedure.RequestEventType;
import fr.vigie.request.procedure.RequestProcedure;

/**
 * The writer's checks of what comes in, field by field, before the procedure looks at the whole timeline:
 * every problem of a submission is collected, so the user sees them all at once.
 */
@ApplicationScoped
class RequestChecks {

    private final FormCheck forms;
    private final FileInspector inspector;
    private final Instance<RequestIdentities> identities;

    RequestChecks(FormCheck forms, FileInspector inspector, Instance<RequestIdentities> identities) {
        this.forms = forms;
        this.inspector = inspector;
        this.identities = identities;
    }

    /** Checks the form and writes its fields onto the request of {@code ownerId}, all or nothing. */
    void applyFields(RequestForm form, AccessRequest target, long ownerId) {
        List<Violation> violations = new ArrayList<>(forms.violations(form));
        List<String> tags = form.cleanTags(violations);
        // shared lock until commit: the body cannot be deleted under a request being written (issue 18, item 19)
        PublicBody body = form.body() == null ? null : PublicBody.findById(form.body(), jakarta.persistence.LockModeType.PESSIMISTIC_READ);
        if (form.body() != null && body == null) {
            violations.add(Violation.of("bodyId", RequestCode.BODY_MISSING));
        }
        Long identity = form.identity();
        if (identity != null && (!identities.isResolvable() || !identities.get().mayUse(identity, ownerId))) {
            violations.add(Violation.of("identityId", RequestCode.IDENTITY_NOT_YOURS));
        }
        Residence residence = form.residence();
        if (residence != null && form.regimeValue() != null && !form.regimeValue().isFrench()) {
            violations.add(Violation.of("requesterResidence", RequestCode.RESIDENCE_NOT_IN_REGIME, form.regimeValue().name()));
        }
        Refusal.throwIfAny(violations);
        target.identityId = identity;
        target.requesterResidence = residence;
        target.title = form.title();
        target.text = form.text();
        target.regime = form.regimeValue();
        target.body = body;
        target.channel = form.sendingChannel();
        target.visibility = form.visibilityValue();
        target.tags = Tags.stored(tags);
        target.bodyReference = form.bodyReference();
        target.cadaCaseNumber = form.cadaCaseNumber();
        target.courtCaseNumber = form.courtCaseNumber();
    }

    /** Checks an event's form field by field and writes it onto {@code target}, or refuses it whole. */
    void applyEvent(EventForm form, AccessRequest request, RequestEvent target, LocalDate today) {
        List<Violation> violations = new ArrayList<>(form.fieldViolations(forms.violations(form)));
        RequestEventType type = form.eventType();
        if (form.eventDate() != null) {
            RequestProcedure.dateProblem(form.eventDate(), today).ifPresent(violations::add);
        }
        if (type != null && !type.appliesTo(request.regime)) {
            violations.add(Violation.of("type", ProcedureCode.TYPE_NOT_IN_REGIME, request.regime.name()));
        }
        PublicBody transferredTo = null;
        if (type == RequestEventType.TRANSFERRED && form.transferredToId() != null) {
            transferredTo = PublicBody.findById(form.transferredToId());
            if (transferredTo == null) {
                violations.add(Violation.of("toBodyId", RequestCode.BODY_MISSING));
            } else if (transferredTo.id.equals(request.body.id)) {
                violations.add(Violation.of("toBodyId", RequestCode.SAME_BODY));
            }
        }
        Refusal.throwIfAny(violations);
        target.apply(form, transferredTo);
    }

    /** Every file checked, or the first refused. */
    List<CheckedFile> inspect(String field, List<Upload> files, int most) {
        if (files.size() > most) {
            throw Refusal.invalid(field, DocumentCode.TOO_MANY_FILES, most);
        }
        return files.stream().map(f -> inspector.inspect(field, f)).toList();
    }

    CheckedFile inspect(String field, Upload file) {
        return inspector.inspect(field, file);
    }
}
