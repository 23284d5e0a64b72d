package io.proofline.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Failed logins counted for one username ("user:...") or one address ("addr:..."). */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_key")
    public String key;

    public int failures;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "blocked_until")
    public Instant blockedUntil;
}
