package io.proofline.tenancy;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** On the first start with no users, creates the server administrator. */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
    static final String DEFAULT_EMAIL = "admin@proofline.local";

    @Inject
    AdminConfig config;

    @Inject
    TenancyService tenancy;

    void onStart(@Observes StartupEvent event) {
        try {
            createIfNoUsers();
        } catch (RuntimeException e) {
            // another replica created it at the same moment: the unique email wins, nothing to do
            LOG.debugf(e, "First administrator not created here");
        }
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
