package io.proofline.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The decoded text parts of a MIME message (quoted-printable and base64 undone), for assertions. */
public final class MailText {

    private MailText() {
    }

    public record Parts(String html, String text) {
    }

    public static MimeMessage parse(InputStream eml) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), eml);
    }

    public static Parts parts(Part message) throws MessagingException, IOException {
        List<String> html = new ArrayList<>();
        List<String> text = new ArrayList<>();
        collect(message, html, text);
        return new Parts(String.join("\n", html), String.join("\n", text));
    }

    private static void collect(Part part, List<String> html, List<String> text)
            throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            html.add((String) part.getContent());
        } else if (part.isMimeType("text/plain")) {
            text.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, html, text);
            }
        }
    }
}
