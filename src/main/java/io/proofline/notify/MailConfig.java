package io.proofline.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How mail leaves the server. */
@ConfigMapping(prefix = "proofline.mail")
public interface MailConfig {

    enum Delivery {
        /** Written as .eml files under {@code <data-dir>/mail} and logged: the embedded default. */
        file,
        /** Sent through the SMTP server of {@code quarkus.mailer.*}. */
        smtp
    }

    /** file (default) or smtp. */
    @WithDefault("file")
    Delivery delivery();

    /** The sender address of every mail. */
    @WithDefault("Proofline <proofline@localhost>")
    String from();
}
