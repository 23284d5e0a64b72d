package io.proofline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The one place that answers who may see or manage what. */
@QuarkusTest
class AccessTest {

    @Inject
    Access access;

    private static UUID id(String text) {
        return UUID.fromString(text);
    }

    private static Principal member(Tenant tenant) {
        return new Principal(id(tenant.userId), false);
    }

    @Test
    void a_project_is_seen_by_its_owners_and_its_team_until_it_is_private() {
        Tenant owner = Tenant.create();
        Tenant colleague = owner.anotherMember();
        Tenant stranger = Tenant.create();
        UUID project = id(owner.createProject("Seen"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> access.sees(id(owner.userId), project))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.sees(id(colleague.userId), project))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.sees(id(stranger.userId), project))).isFalse();

        Db.makePrivate(project.toString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.sees(id(colleague.userId), project))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.sees(id(owner.userId), project))).isTrue();
    }

    @Test
    void members_belong_to_their_account_and_only_owners_and_admins_manage_it() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        UUID account = id(tenant.companyId);

        assertThat(QuarkusTransaction.requiringNew().call(() -> access.accounts(member(tenant))))
                .extracting(found -> found.id).containsExactly(account);
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.isMember(id(tenant.userId), account))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.isMember(id(stranger.userId), account)))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.account(member(stranger), account))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.managedAccount(member(tenant), account)))
                .as("a plain member").isEmpty();

        AppUser administrator = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByEmail(Tenant.ADMIN_EMAIL).orElseThrow());
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> access.managedAccount(new Principal(administrator.id, true), account)))
                        .as("the account's owner").isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> access.membership(member(tenant), null))).isEmpty();
    }
}
