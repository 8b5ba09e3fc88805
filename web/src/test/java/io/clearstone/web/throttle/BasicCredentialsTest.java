package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void theClaimedIdentityIsWhatPrecedesTheFirstColon() {
        assertThat(BasicCredentials.claimedIdentity(basic("alice:pa:ss"))).contains("alice");
        assertThat(BasicCredentials.claimedIdentity("basic " + encode("bob:x"))).contains("bob");
    }

    @Test
    void otherSchemesAndMalformedHeadersClaimNoIdentity() {
        assertThat(BasicCredentials.claimedIdentity(null)).isEmpty();
        assertThat(BasicCredentials.claimedIdentity("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.claimedIdentity("Basic not*base64")).isEmpty();
        assertThat(BasicCredentials.claimedIdentity(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.claimedIdentity(basic(":only-a-password"))).isEmpty();
    }

    private static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
