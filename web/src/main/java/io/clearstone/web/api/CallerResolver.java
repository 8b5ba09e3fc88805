package io.clearstone.web.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Turns the request's authenticated principal into the domain's {@link Caller}. */
@RequestScoped
public class CallerResolver {

    @Context
    SecurityContext security;

    public Caller caller() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"ApplicationRealm\"");
        }
        Set<String> roles = Arrays.stream(Roles.ALL).filter(security::isUserInRole).collect(Collectors.toSet());
        return new Caller(security.getUserPrincipal().getName(), roles);
    }
}
