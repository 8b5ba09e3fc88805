package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.1", "10.0.0.2");

    @Test
    void theHeaderIsIgnoredFromAnyoneButATrustedProxy() {
        assertThat(ClientAddress.resolve("198.51.100.1", List.of("203.0.113.7"), PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve("198.51.100.1", List.of("203.0.113.7"), Set.of())).isEqualTo("198.51.100.1");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        // the client forged the first entry; the proxies appended what they saw
        assertThat(ClientAddress.resolve("10.0.0.1", List.of("1.2.3.4, 203.0.113.7", "10.0.0.2"), PROXIES))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void withoutAUsableHopThePeerStands() {
        assertThat(ClientAddress.resolve("10.0.0.1", null, PROXIES)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.resolve("10.0.0.1", List.of(" , 10.0.0.2"), PROXIES)).isEqualTo("10.0.0.1");
    }
}
