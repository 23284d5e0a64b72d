package io.proofline.notify;

/** A rendered mail to one recipient, in HTML and plain text. */
public record OutgoingMail(String to, String subject, String html, String text) {
}
