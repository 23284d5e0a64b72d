package io.proofline.system;

import java.security.spec.InvalidKeySpecException;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashing and constant-time verification of passwords. */
@ApplicationScoped
public class Passwords {

    /** Verified when a username is unknown, so that the reply takes as long as for a known one. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("proofline-dummy-password");

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(hash == null ? DUMMY_HASH : hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm());
            boolean ok = factory.verify(factory.translate(stored), password.toCharArray());
            return hash != null && ok;
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException
                | java.security.InvalidKeyException e) {
            return false;
        }
    }
}
