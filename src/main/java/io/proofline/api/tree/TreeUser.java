package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.system.Times;
import io.proofline.tenancy.TenancyService;

/** {@code GET /v2/me}: the caller, with the first account the caller belongs to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeUser(String id, @JsonProperty("_type") String kind, String name, String email, String accountId,
        String createdAt) {

    static TreeUser of(TenancyService.Me me) {
        return new TreeUser(me.user().id.toString(), "user", me.user().name, me.user().email,
                me.accountId() == null ? null : me.accountId().toString(), Times.iso(me.user().createdAt));
    }
}
