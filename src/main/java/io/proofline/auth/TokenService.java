package io.proofline.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.proofline.system.Times;
import io.smallrye.jwt.build.Jwt;

/** Issues and verifies the login tokens (RS256 JWTs whose subject is the user id). */
@ApplicationScoped
public class TokenService {

    @Inject
    JwtKeys keys;

    @Inject
    AuthConfig config;

    private volatile JwtConsumer consumer;

    public record IssuedToken(String token, Instant expires) {
    }

    public IssuedToken issue(UUID userId) {
        Instant now = Times.now();
        return issue(userId, now, now.plus(config.tokenLifetime()));
    }

    /** Issues a token with explicit times (tests use it to make expired tokens). */
    public IssuedToken issue(UUID userId, Instant issuedAt, Instant expires) {
        String token = Jwt.issuer(config.issuer()).subject(userId.toString()).issuedAt(issuedAt).expiresAt(expires)
                .claim("jti", UUID.randomUUID().toString()).jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(keys.privateKey());
        return new IssuedToken(token, expires);
    }

    /** The user id of a valid, unexpired token of ours; empty for anything else. */
    public Optional<UUID> verify(String token) {
        try {
            String subject = consumer().processToClaims(token).getSubject();
            return Optional.ofNullable(subject).flatMap(io.proofline.system.Ids::parse);
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private JwtConsumer consumer() {
        if (consumer == null) {
            consumer = new JwtConsumerBuilder().setRequireExpirationTime().setAllowedClockSkewInSeconds(0)
                    .setRequireSubject().setExpectedIssuer(config.issuer()).setVerificationKey(keys.publicKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build();
        }
        return consumer;
    }
}
