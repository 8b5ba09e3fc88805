package io.clearstone.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws IOException {
        assertThat(new BoundedInputStream(new ByteArrayInputStream(new byte[10]), 10).readAllBytes()).hasSize(10);
    }

    @Test
    void theByteAfterTheLimitFailsTheRead() {
        BoundedInputStream body = new BoundedInputStream(new ByteArrayInputStream(new byte[11]), 10);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("10 bytes");
    }
}
