package io.proofline.web.review;

/**
 * The way into one kind of review: finds what a token names (404 for nothing, 410 with the reason for something that no
 * longer opens) and turns it and the browser's session into an {@link Opened} review. Passwords and sessions work the
 * same for every kind ({@link ReviewPasswords}).
 */
public interface ReviewGate {

    Opened open(String token, String cookie);
}
