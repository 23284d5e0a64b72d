package io.proofline.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token or an API key taken from a request, to be turned into an identity. */
public class CredentialRequest extends BaseAuthenticationRequest {

    public enum Kind {
        BEARER, API_KEY
    }

    public final Kind kind;
    public final String value;

    public CredentialRequest(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }
}
