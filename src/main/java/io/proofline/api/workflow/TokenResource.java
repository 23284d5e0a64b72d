package io.proofline.api.workflow;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonAlias;

import io.proofline.auth.LoginService;
import io.proofline.auth.TokenService;
import io.proofline.system.Times;
import io.proofline.system.Validator;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    LoginService login;

    /** Approval Studio's own PHP client sends {@code userName}; the seed says {@code username}. */
    public record LoginRequest(@JsonAlias("userName") String username, String password) {
    }

    public record TokenResult(String token, String expires) {
    }

    @POST
    @Path("/login")
    @Operation(summary = "Authorize a user: get a bearer token", description = "Returns a token to send with every other call as \"Authorization: Bearer <token>\". No credential needed.")
    public Envelope<TokenResult> login(LoginRequest request, HttpServerRequest http) {
        LoginRequest body = request == null ? new LoginRequest(null, null) : request;
        new Validator().required("username", body.username()).maxLength("username", body.username(), 320)
                .required("password", body.password()).maxLength("password", body.password(), 200).throwIfInvalid();
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        TokenService.IssuedToken token = login.login(body.username(), body.password(), address);
        return Envelope.post(new TokenResult(token.token(), Times.workflow(token.expires())));
    }
}
