package io.proofline.tenancy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.event.EventLog;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotFoundException;
import io.proofline.system.Passwords;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.system.Validator;

/** Accounts, users and memberships: who exists and who belongs where. */
@ApplicationScoped
public class TenancyService {

    @Inject
    Passwords passwords;

    @Inject
    EventLog events;

    @Inject
    Access access;

    @Inject
    EntityManager entityManager;

    @Transactional
    public AppUser createServerAdministrator(String email, String name, String password) {
        AppUser user = newUser(email, name, password);
        user.serverAdmin = true;
        user.persist();
        events.record("user.created", new EventLog.Subject(null, null, null, null),
                EventLog.data("UserUID", user.id.toString(), "Email", user.email));
        return user;
    }

    /**
     * Creates an account (a company / client) with one team of the same name; the creator becomes its owner. Only
     * server administrators create accounts.
     */
    @Transactional
    public Account createAccount(Principal principal, String name) {
        if (!principal.serverAdmin()) {
            throw new ForbiddenException("Only a server administrator can create companies.");
        }
        new Validator().required("name", name).maxLength("name", name, 200).throwIfInvalid();
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.name = name.trim();
        account.ownerId = principal.userId();
        account.createdAt = Times.now();
        account.persist();
        addMember(account.id, principal.userId(), Role.OWNER);
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.accountId = account.id;
        team.name = account.name;
        team.createdAt = account.createdAt;
        team.persist();
        addToTeam(team.id, principal.userId());
        events.record("company.created", new EventLog.Subject(account.id, null, null, principal.userId()),
                EventLog.data("CompanyUID", account.id.toString(), "Name", account.name));
        return account;
    }

    /**
     * Creates a user in an account the caller manages (or, for a server administrator, any account the administrator
     * belongs to). An address that already has a user: a server administrator adds that user to the account, anyone
     * else gets 412.
     */
    @Transactional
    public AppUser createUser(Principal principal, UUID accountId, String email, String name, String password) {
        Validator validator = new Validator().required("email", email).maxLength("email", email, 320)
                .required("name", name).maxLength("name", name, 200).required("password", password)
                .maxLength("password", password, 200).bcryptPassword("password", password)
                .required("companyUID", accountId);
        validator.email("email", email);
        if (password != null && !password.isBlank() && password.length() < 8) {
            validator.add("password", "'password' must be at least 8 characters long.");
        }
        validator.throwIfInvalid();
        Account account = access.managedAccount(principal, accountId)
                .orElseThrow(() -> new NotFoundException("Company not found."));
        AppUser existing = AppUser.findByEmail(email).orElse(null);
        if (existing != null) {
            if (!principal.serverAdmin()) {
                throw new StateRuleException("User with email [" + email.trim() + "] already exists.");
            }
            if (!access.isMember(existing.id, account.id)) {
                addMember(account.id, existing.id, Role.MEMBER);
                addToFirstTeam(account.id, existing.id);
                events.record("user.added", new EventLog.Subject(account.id, null, null, principal.userId()),
                        EventLog.data("UserUID", existing.id.toString(), "CompanyUID", account.id.toString()));
            }
            return existing;
        }
        AppUser user = newUser(email, name, password);
        user.persist();
        addMember(account.id, user.id, Role.MEMBER);
        addToFirstTeam(account.id, user.id);
        events.record("user.created", new EventLog.Subject(account.id, null, null, principal.userId()),
                EventLog.data("UserUID", user.id.toString(), "Email", user.email));
        return user;
    }

    /** The users of every account the caller belongs to, by name. */
    @Transactional
    public List<AppUser> visibleUsers(Principal principal) {
        return entityManager.createQuery(
                "select u from AppUser u where u.id = :uid or exists ("
                        + " select 1 from Membership mine, Membership theirs where mine.userId = :uid"
                        + " and theirs.accountId = mine.accountId and theirs.userId = u.id) order by u.name, u.id",
                AppUser.class).setParameter("uid", principal.userId()).getResultList();
    }

    /** An account with the caller's role in it. */
    public record Company(Account account, Role role) {
    }

    /** The caller's accounts with the caller's role in each, oldest first. */
    @Transactional
    public List<Company> companies(Principal principal) {
        return entityManager
                .createQuery("select a, m.role from Account a, Membership m where m.accountId = a.id"
                        + " and m.userId = :uid order by a.createdAt, a.id", Object[].class)
                .setParameter("uid", principal.userId()).getResultList().stream()
                .map(row -> new Company((Account) row[0], (Role) row[1])).toList();
    }

    /** An account with the user who owns it. */
    public record OwnedAccount(Account account, AppUser owner) {
    }

    /** The caller's accounts with their owners, oldest first, in one query. */
    @Transactional
    public List<OwnedAccount> accountsWithOwners(Principal principal) {
        return entityManager
                .createQuery("select a, u from Account a, AppUser u where u.id = a.ownerId and exists ("
                        + " select 1 from Membership m where m.accountId = a.id and m.userId = :uid)"
                        + " order by a.createdAt, a.id", Object[].class)
                .setParameter("uid", principal.userId()).getResultList().stream()
                .map(row -> new OwnedAccount((Account) row[0], (AppUser) row[1])).toList();
    }

    /** The caller as a user, with the id of the caller's first (oldest) account, if any. */
    public record Me(AppUser user, UUID accountId) {
    }

    @Transactional
    public Me me(Principal principal) {
        AppUser user = AppUser.<AppUser> findByIdOptional(principal.userId())
                .orElseThrow(() -> new NotFoundException("User not found."));
        UUID accountId = entityManager
                .createQuery("select m.accountId from Membership m, Account a where a.id = m.accountId"
                        + " and m.userId = :uid order by a.createdAt, a.id", UUID.class)
                .setParameter("uid", principal.userId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new Me(user, accountId);
    }

    /** The first (oldest) account of the caller: the default tenant when a request names none. */
    @Transactional
    public Account defaultAccount(Principal principal) {
        return access.accounts(principal).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Company not found."));
    }

    /** The oldest team of an account: where workflow-face projects go. */
    @Transactional
    public Team defaultTeam(UUID accountId) {
        return Team.<Team> find("accountId = ?1 order by createdAt, id", accountId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Company not found."));
    }

    private AppUser newUser(String email, String name, String password) {
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = AppUser.normaliseEmail(email);
        user.name = name.trim();
        user.passwordHash = passwords.hash(password);
        user.createdAt = Times.now();
        return user;
    }

    private void addMember(UUID accountId, UUID userId, Role role) {
        Membership membership = new Membership();
        membership.accountId = accountId;
        membership.userId = userId;
        membership.role = role;
        membership.createdAt = Times.now();
        membership.persist();
    }

    private void addToFirstTeam(UUID accountId, UUID userId) {
        addToTeam(defaultTeam(accountId).id, userId);
    }

    private void addToTeam(UUID teamId, UUID userId) {
        TeamMember member = new TeamMember();
        member.teamId = teamId;
        member.userId = userId;
        member.persist();
    }
}
