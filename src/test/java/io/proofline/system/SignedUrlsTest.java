package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedUrlsTest {

    private SignedUrls urls;

    @BeforeEach
    void setUp() {
        ServerSettings settings = new ServerSettings();
        settings.publicUrl = "https://proof.example/";
        urls = new SignedUrls();
        urls.settings = settings;
        urls.useKey(new byte[32]);
        urls.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    @Test
    void signedUrlVerifiesForItsPathOnly() {
        String url = urls.sign("/media/a/original", Duration.ofMinutes(5));
        assertThat(url).startsWith("https://proof.example/media/a/original?expires=");
        Map<String, String> q = query(url);
        assertThat(urls.verify("/media/a/original", q.get("expires"), q.get("signature"))).isTrue();
        assertThat(urls.verify("/media/b/original", q.get("expires"), q.get("signature"))).isFalse();
    }

    @Test
    void changedExpiryOrSignatureIsRefused() {
        Map<String, String> q = query(urls.sign("/x", Duration.ofMinutes(5)));
        long later = Long.parseLong(q.get("expires")) + 3600;
        assertThat(urls.verify("/x", Long.toString(later), q.get("signature"))).isFalse();
        assertThat(urls.verify("/x", q.get("expires"), q.get("signature") + "A")).isFalse();
        assertThat(urls.verify("/x", "soon", q.get("signature"))).isFalse();
        assertThat(urls.verify("/x", null, null)).isFalse();
    }

    @Test
    void expiredUrlIsRefused() {
        Map<String, String> q = query(urls.sign("/x", Duration.ofMinutes(5)));
        urls.clock = Clock.offset(urls.clock, Duration.ofMinutes(6));
        assertThat(urls.verify("/x", q.get("expires"), q.get("signature"))).isFalse();
    }

    @Test
    void anotherKeySignsDifferently() {
        Map<String, String> q = query(urls.sign("/x", Duration.ofMinutes(5)));
        byte[] other = new byte[32];
        other[0] = 1;
        urls.useKey(other);
        assertThat(urls.verify("/x", q.get("expires"), q.get("signature"))).isFalse();
    }
}
