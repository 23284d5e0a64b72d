package io.proofline.auth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.proofline.system.ServerSecret;
import io.proofline.system.ServerSettings;

/**
 * The RSA key pair that signs and verifies login tokens: from configuration when given, otherwise generated once and
 * kept in the data directory so tokens survive a restart.
 */
@ApplicationScoped
public class JwtKeys implements ServerSecret {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    @Inject
    AuthConfig config;

    @Inject
    ServerSettings settings;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        try {
            String pem = config.jwtPrivateKey().filter(text -> !text.isBlank()).orElseGet(this::storedOrGenerated);
            privateKey = parsePrivateKey(pem);
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the JWT signing key", e);
        }
    }

    /** The token signing key, which only the server's replicas hold. */
    @Override
    public byte[] material() {
        return privateKey().getEncoded();
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    private String storedOrGenerated() {
        Path file = settings.dataDir().resolve("keys").resolve("jwt-private.pem");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = toPem(generator.generateKeyPair().getPrivate().getEncoded());
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "jwt", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's permissions apply
            }
            Files.writeString(temp, pem, StandardCharsets.US_ASCII);
            try {
                // another process may have won the race: keep the key that is already there
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(temp);
            }
            LOG.infof("Generated a JWT signing key in %s", file);
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the JWT signing key in " + file, e);
        }
    }

    static PrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String toPem(byte[] pkcs8) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** Not used for signing; present so tests can check two keys differ. */
    BigInteger modulus() {
        return ((RSAPrivateCrtKey) privateKey).getModulus();
    }
}
