package io.proofline.tenancy;

/** A user's role in an account. Owners and admins see and manage everything in it. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    public boolean manages() {
        return this == OWNER || this == ADMIN;
    }
}
