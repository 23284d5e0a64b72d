package io.proofline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.system.Times;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class TokenServiceTest {

    @Inject
    TokenService tokens;

    @Inject
    AuthConfig config;

    @Inject
    JwtKeys keys;

    @Test
    void a_token_lives_as_long_as_configured_which_is_120_minutes_by_default() {
        assertThat(config.tokenLifetime()).isEqualTo(Duration.ofMinutes(120));
        Instant before = Times.now();
        TokenService.IssuedToken issued = tokens.issue(UUID.randomUUID());
        assertThat(Duration.between(before, issued.expires())).isBetween(config.tokenLifetime(),
                config.tokenLifetime().plusSeconds(5));
        String payload = new String(Base64.getUrlDecoder().decode(issued.token().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("\"exp\":" + issued.expires().getEpochSecond());
    }

    @Test
    void a_valid_token_names_its_user() {
        UUID user = UUID.randomUUID();
        assertThat(tokens.verify(tokens.issue(user).token())).contains(user);
    }

    @Test
    void expired_tampered_foreign_and_unsigned_tokens_are_refused() throws Exception {
        UUID user = UUID.randomUUID();
        Instant now = Instant.now();
        assertThat(tokens.verify(tokens.issue(user, now.minusSeconds(7200), now.minusSeconds(1)).token())).isEmpty();

        String[] parts = tokens.issue(user).token().split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(user.toString(), UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();

        String unsignedHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(unsignedHeader + "." + parts[1] + ".")).isEmpty();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer(config.issuer()).subject(user.toString()).expiresAt(now.plusSeconds(600)).jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(generator.generateKeyPair().getPrivate());
        assertThat(tokens.verify(foreign)).isEmpty();

        String otherIssuer = Jwt.issuer("https://elsewhere.example").subject(user.toString())
                .expiresAt(now.plusSeconds(600)).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        assertThat(tokens.verify(otherIssuer)).isEmpty();

        String symmetric = Jwt.issuer(config.issuer()).subject(user.toString()).expiresAt(now.plusSeconds(600))
                .signWithSecret("a-shared-secret-that-is-long-enough-for-hs256");
        assertThat(tokens.verify(symmetric)).isEmpty();

        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("x".repeat(10_000))).isEmpty();
    }

    @Test
    void a_token_without_a_user_id_subject_is_refused() {
        String token = Jwt.issuer(config.issuer()).subject("admin").expiresAt(Instant.now().plusSeconds(600)).jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(keys.privateKey());
        assertThat(tokens.verify(token)).isEmpty();
    }
}
