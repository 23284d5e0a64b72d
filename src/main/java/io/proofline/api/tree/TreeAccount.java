package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.system.Times;
import io.proofline.tenancy.TenancyService;

/**
 * An account as the tree seed lists it: {@code display_name}, {@code owner.email}, {@code owner.name}, {@code image}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeAccount(String id, @JsonProperty("_type") String kind, String displayName, String ownerId,
        Owner owner, String image, String createdAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Owner(String id, String email, String name) {
    }

    static TreeAccount of(TenancyService.OwnedAccount owned) {
        var account = owned.account();
        var owner = owned.owner();
        return new TreeAccount(account.id.toString(), "account", account.name, owner.id.toString(),
                new Owner(owner.id.toString(), owner.email, owner.name), account.image, Times.iso(account.createdAt));
    }
}
