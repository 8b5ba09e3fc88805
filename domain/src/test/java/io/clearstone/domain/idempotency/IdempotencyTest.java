package io.clearstone.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyTest {

    @Test
    void fingerprintIsTheSha256OfTheCanonicalRequest() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(IdempotentRequest.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(IdempotentRequest.of("alice", "k", "POST /x\n{\"a\":1}"))
                .isNotEqualTo(IdempotentRequest.of("alice", "k", "POST /x\n{\"a\":2}"));
    }
}
