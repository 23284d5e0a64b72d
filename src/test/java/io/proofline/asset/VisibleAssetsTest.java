package io.proofline.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.proofline.system.NotFoundException;
import io.proofline.tenancy.Principal;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VisibleAssetsTest {

    @Inject
    VisibleAssets visibleAssets;

    private static Principal principal(Tenant tenant) {
        return new Principal(UUID.fromString(tenant.userId), false);
    }

    @Test
    void a_live_asset_of_a_project_the_caller_sees_is_found_with_its_account() {
        Tenant tenant = Tenant.create();
        String project = tenant.createProject("Visible");
        UUID asset = UUID.fromString(Uploads.upload(tenant, project, "a.txt", "a".getBytes()));

        VisibleAssets.Found found = visibleAssets.require(principal(tenant), asset);
        assertThat(found.asset().id).isEqualTo(asset);
        assertThat(found.accountId()).isEqualTo(UUID.fromString(tenant.companyId));
        assertThat(visibleAssets.findAll(principal(tenant), List.of(asset, UUID.randomUUID()))).containsOnlyKeys(asset);
    }

    @Test
    void unknown_deleted_and_other_tenants_assets_are_not_found_alike() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String project = tenant.createProject("Private");
        UUID asset = UUID.fromString(Uploads.upload(tenant, project, "a.txt", "a".getBytes()));
        UUID deleted = UUID.fromString(Uploads.upload(tenant, project, "b.txt", "b".getBytes()));
        tenant.request().queryParam("AssetUID", deleted.toString()).delete("/api/v1/asset").then().statusCode(200);

        assertThat(visibleAssets.find(principal(stranger), asset)).isEmpty();
        assertThat(visibleAssets.find(principal(tenant), deleted)).isEmpty();
        assertThat(visibleAssets.find(principal(tenant), UUID.randomUUID())).isEmpty();
        assertThat(visibleAssets.find(principal(tenant), null)).isEmpty();
        assertThatThrownBy(() -> visibleAssets.require(principal(stranger), asset))
                .isInstanceOf(NotFoundException.class).hasMessage("Asset not found.");
        assertThat(visibleAssets.findAll(principal(stranger), List.of(asset))).isEmpty();
        assertThat(visibleAssets.findAll(principal(tenant), List.of())).isEmpty();
    }

    @Test
    void a_private_project_hides_its_assets_from_members_who_are_not_in_it() {
        Tenant tenant = Tenant.create();
        Tenant colleague = tenant.anotherMember();
        String project = tenant.createProject("Secret");
        UUID asset = UUID.fromString(Uploads.upload(tenant, project, "a.txt", "a".getBytes()));
        assertThat(visibleAssets.find(principal(colleague), asset)).isPresent();

        Db.makePrivate(project);
        assertThat(visibleAssets.find(principal(colleague), asset)).isEmpty();
        assertThat(visibleAssets.find(principal(tenant), asset)).as("an owner").isPresent();
    }
}
