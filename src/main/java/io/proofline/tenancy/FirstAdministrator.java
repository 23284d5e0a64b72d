package io.proofline.tenancy;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On the first start, creates the server administrator (when there are no users) and gives the oldest server
 * administrator a first account with one team (when there are no accounts), so that a newcomer can log in and create a
 * project at once. A database with accounts is left alone.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
    static final String DEFAULT_EMAIL = "admin@proofline.local";

    @Inject
    AdminConfig config;

    @Inject
    FirstAccountConfig accountConfig;

    @Inject
    TenancyService tenancy;

    void onStart(@Observes StartupEvent event) {
        try {
            createIfNoUsers();
        } catch (RuntimeException e) {
            // another replica created it at the same moment: the unique email wins, nothing to do
            LOG.debugf(e, "First administrator not created here");
        }
        createAccountIfNone();
    }

    @Transactional
    void createAccountIfNone() {
        if (Account.count() > 0) {
            return;
        }
        // Replicas starting together could each make one; the lock on the oldest administrator's row lets one through.
        AppUser administrator = AppUser.<AppUser> find("serverAdmin = true order by createdAt, id")
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
        if (administrator == null || Account.count() > 0) {
            return;
        }
        Account account = tenancy.createAccount(new Principal(administrator.id, true), accountConfig.name());
        LOG.infof("First account created: %s, owned by %s", account.name, administrator.email);
    }

    @Transactional
    void createIfNoUsers() {
        if (AppUser.count() > 0) {
            return;
        }
        String email = config.email().filter(text -> !text.isBlank()).orElse(DEFAULT_EMAIL);
        String password = config.password().filter(text -> !text.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        tenancy.createServerAdministrator(email, "Administrator", password);
        if (generated) {
            LOG.infof(
                    "%n%n  Proofline administrator created: %s / %s%n  (shown once; set PROOFLINE_ADMIN_PASSWORD to choose it)%n",
                    email, password);
        } else {
            LOG.infof("Proofline administrator created: %s", email);
        }
    }
}
