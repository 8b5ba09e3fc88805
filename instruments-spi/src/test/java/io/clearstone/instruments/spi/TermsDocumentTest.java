package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermsDocumentTest {

    @Test
    void aDecimalReadsBackInTheFormTheBuilderWritesIt() {
        TermsDocument sample = TermsDocument.of(Map.of("rate", new BigDecimal("0.10"), "size", new BigDecimal("1E+3"),
                "text", "2.500"));
        TermsDocument.Reader reader = sample.reader();
        BigDecimal rate = reader.decimal("rate");
        assertThat(rate).isEqualTo(new BigDecimal("0.1"));
        assertThat(reader.decimal("size")).isEqualTo(new BigDecimal("1000"));
        assertThat(reader.decimal("text")).isEqualTo(new BigDecimal("2.5"));

        TermsDocument encoded = TermsDocument.builder().put("rate", rate).build();
        assertThat(encoded.reader().decimal("rate")).as("read, written, read again").isEqualTo(rate);
        assertThat(encoded.fields().get("rate")).isEqualTo(rate);
    }

    @Test
    void theDefaultOfAnAbsentDecimalIsNormalisedToo() {
        assertThat(TermsDocument.of(Map.of()).reader().decimal("rate", new BigDecimal("0.50")))
                .isEqualTo(new BigDecimal("0.5"));
        assertThat(TermsDocument.of(Map.of()).reader().decimal("rate", null)).isNull();
    }
}
