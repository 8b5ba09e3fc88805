package io.clearstone.web.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The address a request comes from, for throttling. {@code X-Forwarded-For} is believed only when the peer is a
 * configured proxy (anyone can send the header): then the client is the right-most address that is not itself a
 * trusted proxy, since each proxy appends the address it received the request from.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String resolve(String peer, Iterable<String> forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
