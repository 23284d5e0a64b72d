package io.proofline.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.proofline.system.ServerSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.mailencoder.MailEncoder;

/**
 * Sends a mail the configured way: through SMTP with the Quarkus Mailer, or (embedded default) as an .eml file under
 * {@code <data-dir>/mail} that any mail program opens, with a log line naming it.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    MailConfig config;

    @Inject
    ServerSettings settings;

    @Inject
    Mailer mailer;

    public void send(OutgoingMail mail) throws IOException {
        if (config.delivery() == MailConfig.Delivery.smtp) {
            mailer.send(
                    Mail.withHtml(mail.to(), mail.subject(), mail.html()).setText(mail.text()).setFrom(config.from()));
            LOG.infof("Mail \"%s\" sent to %s", mail.subject(), mail.to());
            return;
        }
        Path file = write(mail);
        LOG.infof("Mail \"%s\" to %s written to %s", mail.subject(), mail.to(), file);
    }

    /** The mail as a MIME message in its own file; the directory is made on first use. */
    Path write(OutgoingMail mail) throws IOException {
        MailMessage message = new MailMessage().setFrom(config.from()).setTo(mail.to()).setSubject(mail.subject())
                .setHtml(mail.html()).setText(mail.text());
        String mime = new MailEncoder(message, "proofline").encode();
        Path directory = settings.dataDir().resolve("mail");
        Files.createDirectories(directory);
        Path file = directory.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
        Files.writeString(file, mime, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }
}
