package io.clearstone.web;

import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, versioned in its path. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Clearstone clearing API", version = "1",
                description = "Clearing and risk for digital-asset derivatives. Every error is application/problem+json "
                        + "(RFC 9457); state-changing requests that a client may retry take an Idempotency-Key header. "
                        + "Amounts are JSON numbers, never in exponent notation: ledger amounts at their asset's scale.",
                contact = @Contact(name = "Clearstone operations"),
                license = @License(name = "Proprietary")),
        servers = @Server(url = "/", description = "This server"),
        // without one the definition leaves an empty externalDocs, which is invalid (it needs a url)
        externalDocs = @ExternalDocumentation(description = "RFC 9457, the problem details every error is written in",
                url = "https://www.rfc-editor.org/rfc/rfc9457"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
