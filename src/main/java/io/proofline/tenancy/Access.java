package io.proofline.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The one place that answers "may this principal see this object". Every tenant query goes through it; an object the
 * principal may not see is reported exactly like one that does not exist.
 */
@ApplicationScoped
public class Access {

    /** Roles that see and manage everything in an account. */
    public static final List<Role> MANAGING = List.of(Role.OWNER, Role.ADMIN);

    /**
     * {@link #MANAGING} as a JPQL list, written into the conditions below rather than bound: Hibernate translates a
     * query with a list parameter to SQL again on every run, and these conditions are on every request's path.
     */
    public static final String MANAGING_ROLES = "(io.proofline.tenancy.Role.OWNER, io.proofline.tenancy.Role.ADMIN)";

    /**
     * JPQL condition on a project aliased {@code p}: it is live and the user {@code :uid} sees it. Bind {@code uid}.
     */
    public static final String VISIBLE_PROJECT = "p.deletedAt is null and ("
            + " exists (select 1 from Membership m where m.accountId = p.accountId and m.userId = :uid"
            + "  and m.role in " + MANAGING_ROLES + ")"
            + " or (p.privateProject = false and exists (select 1 from TeamMember tm"
            + "  where tm.teamId = p.teamId and tm.userId = :uid))"
            + " or exists (select 1 from ProjectCollaborator c where c.projectId = p.id and c.userId = :uid)"
            + " or :uid member of p.ownerIds)";

    /** JPQL condition on a team aliased {@code t}: the user {@code :uid} sees it. Bind uid. */
    public static final String VISIBLE_TEAM = "(exists (select 1 from Membership m where m.accountId = t.accountId"
            + " and m.userId = :uid and m.role in " + MANAGING_ROLES + ")"
            + " or exists (select 1 from TeamMember tm where tm.teamId = t.id and tm.userId = :uid))";

    @Inject
    EntityManager entityManager;

    public Optional<Membership> membership(Principal principal, UUID accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return Membership.find("accountId = ?1 and userId = ?2", accountId, principal.userId()).firstResultOptional();
    }

    /** The account, when the principal is a member of it. */
    public Optional<Account> account(Principal principal, UUID accountId) {
        return membership(principal, accountId).map(m -> Account.findById(m.accountId));
    }

    /** The account, when the principal may manage it (owner or admin). */
    public Optional<Account> managedAccount(Principal principal, UUID accountId) {
        return membership(principal, accountId).filter(m -> m.role.manages()).map(m -> Account.findById(m.accountId));
    }

    /** The accounts the principal belongs to, oldest first. */
    public List<Account> accounts(Principal principal) {
        return entityManager
                .createQuery(
                        "select a from Account a where exists (select 1 from Membership m"
                                + " where m.accountId = a.id and m.userId = :uid) order by a.createdAt, a.id",
                        Account.class)
                .setParameter("uid", principal.userId()).getResultList();
    }

    public Optional<Team> team(Principal principal, UUID teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select t from Team t where t.id = :id and " + VISIBLE_TEAM, Team.class)
                .setParameter("id", teamId).setParameter("uid", principal.userId()).getResultStream().findFirst();
    }

    /**
     * The teams the principal sees, in one account or (accountId null) in all of them, oldest first. Owners and admins
     * see every team of their accounts, members the teams they are in.
     */
    public List<Team> teams(Principal principal, UUID accountId) {
        String inAccount = accountId == null ? "" : "t.accountId = :account and ";
        var query = entityManager
                .createQuery("select t from Team t where " + inAccount + VISIBLE_TEAM + " order by t.createdAt, t.id",
                        Team.class)
                .setParameter("uid", principal.userId());
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.getResultList();
    }

    /**
     * The teams with these ids, to name the teams of projects the caller was already shown (a shared project shows its
     * team even to a collaborator outside it).
     */
    public Map<UUID, Team> teamsOf(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select t from Team t where t.id in :ids", Team.class)
                .setParameter("ids", Set.copyOf(teamIds)).getResultStream()
                .collect(Collectors.toMap(team -> team.id, Function.identity()));
    }

    /** Whether the user sees the live project (as {@link #VISIBLE_PROJECT} says), whoever asks. */
    public boolean sees(UUID userId, UUID projectId) {
        return entityManager
                .createQuery("select count(p) from Project p where p.id = :id and " + VISIBLE_PROJECT, Long.class)
                .setParameter("id", projectId).setParameter("uid", userId).getSingleResult() > 0;
    }

    /** Whether the user belongs to the account at all (for owners and assignees). */
    public boolean isMember(UUID userId, UUID accountId) {
        return Membership.count("accountId = ?1 and userId = ?2", accountId, userId) > 0;
    }
}
