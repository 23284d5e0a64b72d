/**
 * What the API faces share. The API document's definition sits here: SmallRye OpenAPI reads {@code @OpenAPIDefinition}
 * only from a package or a JAX-RS {@code Application} class, and a package keeps it out of the REST runtime. Title and
 * version come from application.properties; the scheme names are {@link io.proofline.api.common.OpenApiDefinition}'s.
 */
@OpenAPIDefinition(info = @Info(title = "Proofline API", version = "1"), components = @Components(securitySchemes = {
        @SecurityScheme(securitySchemeName = OpenApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT", description = "The token of POST /api/v1/token/login, sent as 'Authorization: Bearer <token>'."),
        @SecurityScheme(securitySchemeName = OpenApiDefinition.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = CredentialMechanism.API_KEY_HEADER, description = "A key made with POST /api/v1/apikey, sent as 'X-API-KEY: <key>'.") }))
package io.proofline.api.common;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import io.proofline.auth.CredentialMechanism;
