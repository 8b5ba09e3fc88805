package io.clearstone.domain.shared;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated principal on whose behalf a service runs. The web layer builds it from the request's security
 * context; the domain decides with it what the caller may see and move, so that the rule lives in one place.
 */
public record Caller(String name, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public static Caller of(String name, String... roles) {
        return new Caller(name, Set.of(roles));
    }

    /** The platform itself (timers, the demo feed, start-up), which may do anything. */
    public static Caller system() {
        return of("system", Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Risk officers and administrators read every account. */
    public boolean readsEveryAccount() {
        return hasRole(Roles.RISK_OFFICER) || hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }
}
