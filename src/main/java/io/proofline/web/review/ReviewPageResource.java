package io.proofline.web.review;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.annotation.AnnotationService;
import io.proofline.asset.AssetService;
import io.proofline.system.ForbiddenException;
import io.proofline.system.Ids;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The review pages of a review link ({@code /r/{token}}) and of an external review task ({@code /t/{token}}): the
 * password gate, the grid of the assets, the viewer with decisions. Everything the pages show and allow comes from a
 * {@link Review}; only the gates know links and tasks. (Subclasses carry the paths: Quarkus REST does not match a
 * class-level path with a regular expression followed by more segments.) Failures are pages too: 404, 410 with the
 * reason, 403 for a missing session or CSRF token, 429 for too many wrong passwords; never a stack trace.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class ReviewPageResource {

    /** The gate of this kind of review (each kind's subclass has its path). */
    protected abstract ReviewGate gate();

    static final String CSRF_FIELD = "csrf";
    static final String REVIEWER_INVALID = "Give your name and a valid email address.";
    static final String REVIEWER_UNKNOWN = "Give your name and email before you decide.";
    static final String NO_DECISIONS = "This review does not take decisions.";
    static final String DECISION_INVALID = "Choose Approve or Reject.";
    /** Where the reviewer form may send the reviewer back to, under the review's base path: a viewer. */
    private static final Pattern VIEWER_PATH = Pattern
            .compile("/assets/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    ReviewPasswords passwords;

    @Inject
    ReviewAssets assets;

    @Inject
    ReviewSessions sessions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gate(String title, String basePath, String csrf, String error);

        static native TemplateInstance grid(Review review, ReviewAssets.Grid grid);

        static native TemplateInstance viewer(Review review, ReviewAssets.Viewed viewed, ReviewAssets.Decided decided,
                String csrf, String back);

        static native TemplateInstance reviewer(Review review, String csrf, String back, String name, String email,
                String error);

        static native TemplateInstance status(String heading, String message);
    }

    /** The grid, or the gate while the browser has not given the link's password. */
    @GET
    public Response grid(@PathParam("token") String token, @RestCookie(ReviewSessions.COOKIE) String cookie,
            @RestQuery("page") String page) {
        Opened opened = gate().open(token, cookie);
        if (!passwords.passed(opened)) {
            return page(opened, 200, Templates.gate(opened.title(), opened.basePath(), opened.session().csrf(), null));
        }
        Review review = opened.review();
        return page(opened, 200, Templates.grid(review, assets.grid(review, number(page))));
    }

    @POST
    @Path("password")
    public Response password(@PathParam("token") String token, @RestCookie(ReviewSessions.COOKIE) String cookie,
            @RestForm(CSRF_FIELD) String csrf, @RestForm("password") String password, HttpServerRequest request) {
        Opened opened = gate().open(token, cookie);
        requireCsrf(opened, csrf);
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return passwords.enter(opened, password, address)
                .map(passed -> seeOther(opened.basePath()).cookie(sessions.cookie(passed, opened.basePath())).build())
                .orElseGet(() -> page(opened, 403, Templates.gate(opened.title(), opened.basePath(),
                        opened.session().csrf(), ReviewPasswords.WRONG_PASSWORD)));
    }

    /** Remembers the reviewer's name and email in the session, then goes back to the viewer the form was on. */
    @POST
    @Path("reviewer")
    public Response reviewer(@PathParam("token") String token, @RestCookie(ReviewSessions.COOKIE) String cookie,
            @RestForm(CSRF_FIELD) String csrf, @RestForm("name") String name, @RestForm("email") String email,
            @RestForm("back") String back) {
        Opened opened = gate().open(token, cookie);
        ReviewSession session = passwords.requirePassed(opened);
        requireCsrf(opened, csrf);
        String target = back != null && back.startsWith(opened.basePath())
                && VIEWER_PATH.matcher(back.substring(opened.basePath().length())).matches() ? back : opened.basePath();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        if (!validReviewer(cleanName, cleanEmail)) {
            return page(opened, 400, Templates.reviewer(opened.review(), session.csrf(), target, cleanName, cleanEmail,
                    REVIEWER_INVALID));
        }
        return seeOther(target).cookie(sessions.cookie(session.withReviewer(cleanName, cleanEmail), opened.basePath()))
                .build();
    }

    @GET
    @Path("assets/{fileId}")
    public Response viewer(@PathParam("token") String token, @PathParam("fileId") String fileId,
            @RestCookie(ReviewSessions.COOKIE) String cookie, @RestQuery("page") String page) {
        Opened opened = gate().open(token, cookie);
        if (!passwords.passed(opened)) {
            return seeOther(opened.basePath()).build();
        }
        Review review = opened.review();
        ReviewAssets.Viewed viewed = assets.view(review, Ids.require(fileId, AssetService.NOT_FOUND), number(page));
        return page(opened, 200, Templates.viewer(review, viewed, assets.decided(review, viewed.file().id),
                opened.session().csrf(), opened.basePath() + "/assets/" + viewed.file().id));
    }

    /**
     * Approves or rejects the file ({@code decision} is {@code approve} or {@code reject}) with an optional comment,
     * then goes back to the viewer, which shows the decision; a task whose last file this decided shows its finished
     * page.
     */
    @POST
    @Path("assets/{fileId}/decision")
    public Response decide(@PathParam("token") String token, @PathParam("fileId") String fileId,
            @RestCookie(ReviewSessions.COOKIE) String cookie, @RestForm(CSRF_FIELD) String csrf,
            @RestForm("decision") String decision, @RestForm("comment") String comment) {
        Opened opened = gate().open(token, cookie);
        passwords.requirePassed(opened);
        requireCsrf(opened, csrf);
        Review review = opened.review();
        if (!review.canDecide()) {
            throw new ForbiddenException(NO_DECISIONS);
        }
        if (!review.knowsReviewer()) {
            throw new ForbiddenException(REVIEWER_UNKNOWN);
        }
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw ValidationException.of("decision", DECISION_INVALID);
        }
        UUID file = Ids.require(fileId, AssetService.NOT_FOUND);
        assets.requireShown(review, file);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        review.scope().decide(file, review.reviewer(), "approve".equals(decision), text);
        return seeOther(opened.basePath() + "/assets/" + file).build();
    }

    /** Sends the browser to a short-lived signed link of the original, made at the click. */
    @GET
    @Path("assets/{fileId}/original")
    public Response original(@PathParam("token") String token, @PathParam("fileId") String fileId,
            @RestCookie(ReviewSessions.COOKIE) String cookie) {
        Opened opened = gate().open(token, cookie);
        passwords.requirePassed(opened);
        Review review = opened.review();
        return seeOther(assets.originalUrl(review, Ids.require(fileId, AssetService.NOT_FOUND)))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A 303 to a path on this server, sent as it is: JAX-RS would make it absolute with the request's Host header,
     * which is the client's to choose.
     */
    private static Response.ResponseBuilder seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }

    static boolean validReviewer(String name, String email) {
        return !name.isEmpty() && name.length() <= AnnotationService.MAX_NAME_LENGTH
                && name.chars().noneMatch(Character::isISOControl)
                && email.length() <= AnnotationService.MAX_EMAIL_LENGTH && Validator.isEmail(email);
    }

    private void requireCsrf(Opened opened, String csrf) {
        if (opened.newSession() || !ReviewSessions.csrfMatches(opened.session(), csrf)) {
            throw new ForbiddenException(ReviewPasswords.NO_SESSION);
        }
    }

    /** A page for this browser, with its session cookie when the session is new; never cached. */
    private Response page(Opened opened, int status, TemplateInstance page) {
        Response.ResponseBuilder response = Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
        if (opened.newSession()) {
            response.cookie(sessions.cookie(opened.session(), opened.basePath()));
        }
        return response.build();
    }

    private static int number(String page) {
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    // ---- failures as pages (see ReviewPageErrors)

    static Response status(int code, String heading, String message) {
        return Response.status(code).entity(Templates.status(heading, message)).type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
