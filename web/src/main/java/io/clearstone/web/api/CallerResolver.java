package io.clearstone.web.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** Turns the request's authenticated principal into the domain's {@link Caller}. */
@RequestScoped
public class CallerResolver {

    @Inject
    HttpServletRequest request;

    public Caller caller() {
        if (request.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"ApplicationRealm\"");
        }
        Set<String> roles = Arrays.stream(Roles.ALL).filter(request::isUserInRole).collect(Collectors.toSet());
        return new Caller(request.getUserPrincipal().getName(), roles);
    }
}
