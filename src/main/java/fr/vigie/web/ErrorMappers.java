package fr.vigie.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import fr.vigie.app.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into a useful answer: application/problem+json under /api, an HTML page
 * elsewhere (or the login page when the visitor is not logged in). Nothing reaches the user as a bare 500.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** RESTEasy's limit of fields or parts in one form (its default, not configurable). */
    static final int MAX_FORM_FIELDS = 1000;

    @CheckedTemplate(basePath = "", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, List<FieldError> errors);
    }

    @Inject
    UriInfo uriInfo;

    @Inject
    CurrentLocale locale;

    @Inject
    Violations violations;

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(e.status(), locale.msg().error_invalid_title(), locale.msg().error_invalid_detail(), e.errors());
    }

    /** A change refused by domain code: its violations in the reader's language. */
    @ServerExceptionMapper
    public Response refused(Refusal e) {
        List<FieldError> errors = violations.errors(e.violations());
        return switch (e.kind()) {
            case NOT_FOUND -> respond(404, locale.msg().error_notfound_title(), errors.get(0).message(), List.of());
            case CONFLICT -> respond(409, locale.msg().error_conflict_title(), errors.get(0).message(), List.of());
            default -> respond(e.kind().status(), locale.msg().error_invalid_title(), locale.msg().error_invalid_detail(), errors);
        };
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return respond(409, locale.msg().error_conflict_title(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, locale.msg().error_notfound_title(), e.getMessage(), List.of());
    }

    /** Wrong credentials at the login form, or a session whose account was disabled. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return isApi() ? apiUnauthorized() : Response.seeOther(URI.create("/login?error=true")).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return isApi() ? apiUnauthorized() : Response.seeOther(URI.create("/login")).build();
    }

    private Response apiUnauthorized() {
        return Response.fromResponse(problem(401, locale.msg().error_unauthorized_title(),
                locale.msg().error_unauthorized_detail(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"vigie\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, locale.msg().error_forbidden_title(), locale.msg().error_forbidden_detail(), List.of());
    }

    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e) {
        return jsonError(e, locale.msg().error_json_type());
    }

    @ServerExceptionMapper
    public Response wrongJsonValue(InvalidFormatException e) {
        return jsonError(e, locale.msg().error_json_value(String.valueOf(e.getValue())));
    }

    @ServerExceptionMapper
    public Response badJsonMapping(JsonMappingException e) {
        return jsonError(e, locale.msg().error_json_type());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return respond(400, locale.msg().error_invalid_title(), locale.msg().error_json_malformed(), List.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(400, locale.msg().error_invalid_title(), locale.msg().error_json_malformed(), List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return respond(404, locale.msg().error_notfound_title(), locale.msg().error_notfound_detail(), List.of());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 415) {
            return respond(415, locale.msg().error_unsupported_title(), e.getMessage(), List.of());
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException) {
            return respond(400, locale.msg().error_invalid_title(), locale.msg().error_json_malformed(), List.of());
        }
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
    }

    /** A body that ends before it is complete (a multipart body cut short) cannot be read: the client's fault. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (!Causes.isReadingRequestBody(e)) {
            return unexpected(e);
        }
        return respond(400, locale.msg().error_invalid_title(), locale.msg().error_body_unreadable(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Causes.isConcurrentChange(e)) {
            return respond(409, locale.msg().error_conflict_title(), locale.msg().v_version_stale(), List.of());
        }
        if (Causes.isReferenceChanged(e)) {
            return respond(409, locale.msg().error_conflict_title(), locale.msg().error_reference_changed(), List.of());
        }
        if (Causes.isTooManyFormFields(e)) {
            return respond(413, locale.msg().error_invalid_title(), locale.msg().error_too_many_fields(MAX_FORM_FIELDS), List.of());
        }
        LOG.error("Unexpected failure on " + loggablePath(uriInfo.getRequestUri().getRawPath()), e);
        return respond(500, locale.msg().error_unexpected_title(), locale.msg().error_unexpected_detail(), List.of());
    }

    /**
     * A path as it may be written to the log: secrets carried in paths (a feed's address, which is its only
     * credential) are replaced, so that whoever reads the log cannot read the feeds (issue 18, item 24).
     */
    static String loggablePath(String path) {
        if (path == null) {
            return "";
        }
        return path.replaceAll("^/feeds/[^/]+", "/feeds/[secret]").replaceAll("[A-Za-z0-9_~.%-]{24,}", "[secret]");
    }

    private Response jsonError(JsonMappingException e, String message) {
        return respond(400, locale.msg().error_invalid_title(), locale.msg().error_invalid_detail(),
                List.of(new FieldError(JsonPaths.of(e), message)));
    }

    private Response respond(int status, String title, String detail, List<FieldError> errors) {
        if (isApi()) {
            return problem(status, title, detail, errors);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, errors)).build();
    }

    private static Response problem(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors)).build();
    }

    private boolean isApi() {
        return uriInfo.getPath().startsWith("/api/");
    }
}
