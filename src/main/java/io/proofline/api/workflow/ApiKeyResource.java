package io.proofline.api.workflow;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.ApiKey;
import io.proofline.auth.ApiKeyService;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.proofline.system.Times;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/** The caller's API keys. The key itself appears once, in the reply to its creation. */
@Path("/api/v1/apikey")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    static final String NOT_FOUND = "API key not found.";

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiKeyService apiKeys;

    public record ApiKeyRequest(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiKeyView(String apiKeyUID, String name, String prefix, String key, String created, String lastUsed,
            String revoked) {
    }

    @GET
    @Operation(summary = "List the caller's API keys", description = "Without the keys themselves.")
    public Envelope<List<ApiKeyView>> list() {
        return Envelope.get(apiKeys.list(currentUser.principal()).stream().map(key -> view(key, null)).toList());
    }

    @POST
    @Operation(summary = "Create an API key", description = "The key is in this answer only; send it as \"X-API-KEY: <key>\".")
    public Envelope<ApiKeyView> create(ApiKeyRequest request) {
        ApiKeyService.CreatedKey created = apiKeys.create(currentUser.principal(),
                request == null ? null : request.name());
        return Envelope.post(view(created.key(), created.secret()));
    }

    @DELETE
    @Operation(summary = "Revoke an API key")
    public Envelope<ApiKeyView> revoke(@QueryParam("ApiKeyUID") String apiKeyUID) {
        new Validator().required("ApiKeyUID", apiKeyUID).throwIfInvalid();
        ApiKey key = apiKeys.revoke(currentUser.principal(), Ids.require(apiKeyUID, NOT_FOUND));
        return Envelope.delete(view(key, null));
    }

    static ApiKeyView view(ApiKey key, String secret) {
        return new ApiKeyView(key.id.toString(), key.name, key.prefix, secret, Times.workflow(key.createdAt),
                Times.workflow(key.lastUsedAt), Times.workflow(key.revokedAt));
    }
}
