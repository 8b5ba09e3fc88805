package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.shared.ClearingException;

class RiskGraphCsvTest {

    @Test
    void nodesAndExposuresAreRead() {
        ImportRequest request = RiskGraphCsv.parse("""
                # outside world
                node,protocol,lendy,100000,2500,a lending market
                node,venue,dex-1,5000
                node,protocol,bridge,100,0,,2500

                exposure,protocol,lendy,asset,ETH,collateral,1000000
                exposure,insurer,cover-co,protocol,lendy,insurance,0,250000
                """);
        assertThat(request.nodes()).hasSize(3);
        assertThat(request.nodes().get(2).externalLiabilities()).isEqualByComparingTo("2500");
        assertThat(request.nodes().get(2).description()).isNull();
        assertThat(request.nodes().get(0).externalLiabilities()).isNull();
        assertThat(request.nodes().get(0).externalAssets()).isEqualByComparingTo("2500");
        assertThat(request.nodes().get(0).description()).isEqualTo("a lending market");
        assertThat(request.nodes().get(1).externalAssets()).isNull();
        assertThat(request.exposures()).hasSize(2);
        assertThat(request.exposures().get(1).limit()).isEqualByComparingTo("250000");
        assertThat(request.exposures().get(0).targetName()).isEqualTo("ETH");
    }

    @Test
    void aBadLineIsNamed() {
        assertThatThrownBy(() -> RiskGraphCsv.parse("node,protocol,lendy,100\nexposure,protocol,lendy,asset\n"))
                .isInstanceOfSatisfying(ClearingException.class, e -> assertThat(e.field()).isEqualTo("line 2"));
        assertThatThrownBy(() -> RiskGraphCsv.parse("node,protocol,lendy,lots\n"))
                .hasMessageContaining("not a number");
    }
}
