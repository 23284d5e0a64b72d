package io.proofline.tenancy;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.proofline.system.BaseEntity;

/** A person who logs in. Belongs to one or more accounts through memberships. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    /** Always stored lower-case, so logins and look-ups ignore case. */
    public String email;

    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    /** Operators of this server: they create accounts. */
    @Column(name = "server_admin")
    public boolean serverAdmin;

    /** How the user is named to others: their name, or their email address when they gave none. */
    public String shownName() {
        return name != null && !name.isBlank() ? name : email;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppUser> findByEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }
}
