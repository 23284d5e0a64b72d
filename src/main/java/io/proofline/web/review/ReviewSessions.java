package io.proofline.web.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.auth.JwtKeys;
import io.proofline.system.ServerSettings;
import io.proofline.system.Times;

/**
 * Reads and writes the review session cookie: the session as JSON, then an HMAC-SHA256 of it under a key derived from
 * the token signing key (so every replica accepts it and no second secret is shared). The cookie is HttpOnly,
 * SameSite=Lax, Secure behind an https public URL, and its path is the link's, so one link's session never reaches
 * another link.
 */
@ApplicationScoped
public class ReviewSessions {

    public static final String COOKIE = "proofline_review";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JwtKeys keys;

    @Inject
    ServerSettings settings;

    @Inject
    ReviewPageConfig config;

    private byte[] key;

    @PostConstruct
    void init() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("proofline review sessions v1".getBytes(StandardCharsets.US_ASCII));
            key = sha.digest(keys.privateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh session for the subject: nothing passed, nobody known, a new CSRF token. */
    public ReviewSession start(String subject) {
        return new ReviewSession(subject, "", randomToken(), null, null, Times.now().getEpochSecond());
    }

    /** The same browser after passing the gate: a new CSRF token, so one seen before the password is worth nothing. */
    public ReviewSession passed(ReviewSession session, String passwordMark) {
        return new ReviewSession(session.subject(), passwordMark, randomToken(), session.name(), session.email(),
                session.issuedAt());
    }

    /** The session in the cookie if its signature holds, it belongs to the subject and it has not run out. */
    public Optional<ReviewSession> read(String cookie, String subject) {
        if (cookie == null || cookie.length() > 4096) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(cookie.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, mac(payload))) {
            return Optional.empty();
        }
        ReviewSession session;
        try {
            session = JSON.readValue(Base64.getUrlDecoder().decode(payload), ReviewSession.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!subject.equals(session.subject()) || session.csrf() == null || session.passwordMark() == null
                || session.issuedAt() + config.sessionLifetime().toSeconds() < Times.now().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** The cookie that carries the session, valid under {@code path} only. */
    public NewCookie cookie(ReviewSession session, String path) {
        String payload;
        try {
            payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(session));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String value = payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
        return new NewCookie.Builder(COOKIE).value(value).path(path).httpOnly(true)
                .secure(settings.publicUrl().startsWith("https:")).sameSite(NewCookie.SameSite.LAX).build();
    }

    /**
     * A keyed digest of a password hash: it changes whenever the password does (bcrypt salts every hash), and the
     * cookie never carries the hash itself. Empty for a subject without a password.
     */
    public String passwordMark(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("password:" + passwordHash));
    }

    /** Whether the token sent with a write is the session's, compared in constant time. */
    public static boolean csrfMatches(ReviewSession session, String sent) {
        return session != null && sent != null && !sent.isEmpty() && MessageDigest
                .isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
