package io.proofline.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.system.Passwords;
import io.proofline.system.UnauthorizedException;
import io.proofline.tenancy.AppUser;

/** Username/password login, throttled per username and per address. */
@ApplicationScoped
public class LoginService {

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    TokenService tokens;

    public TokenService.IssuedToken login(String username, String password, String address) {
        throttle.begin(username, address);
        Optional<AppUser> user = findUser(username);
        // verify even for an unknown user, so the reply time does not tell which usernames exist
        boolean ok = passwords.matches(password, user.map(u -> u.passwordHash).orElse(null));
        if (!ok || user.isEmpty()) {
            throw new UnauthorizedException("Invalid username or password.");
        }
        throttle.succeeded(username, address);
        return tokens.issue(user.get().id);
    }

    @Transactional
    Optional<AppUser> findUser(String username) {
        return AppUser.findByEmail(username);
    }
}
