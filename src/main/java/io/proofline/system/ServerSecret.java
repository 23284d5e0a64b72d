package io.proofline.system;

/**
 * The secret every replica shares and from which the server derives its other keys (signed links). Implemented by the
 * feature that owns the server's keys ({@code auth}: the token signing key), so that this package needs no feature.
 */
public interface ServerSecret {

    /** The secret's bytes, the same on every replica of one installation. */
    byte[] material();
}
