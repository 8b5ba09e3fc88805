package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImpliedSurfacePointsTest {

    private static final Instant EXPIRY = Instant.parse("2027-06-25T08:00:00Z");

    /** Forward 100: below it the put is out of the money, at and above it the call. */
    @Test
    void ofACallAndAPutAtOneStrikeTheOutOfTheMoneyOneIsKept() {
        List<QuoteVolatility> solved = List.of(
                solved("90", OptionRight.CALL, 0.61), solved("90", OptionRight.PUT, 0.62),
                solved("110", OptionRight.PUT, 0.55), solved("110.0", OptionRight.CALL, 0.56),
                solved("100", OptionRight.PUT, 0.58), solved("100", OptionRight.CALL, 0.59));

        ImpliedSurfacePoints.Selection selection = ImpliedSurfacePoints.of(solved, expiry -> 100);

        assertThat(selection.points()).extracting(SurfacePoint::volatility).extracting(BigDecimal::doubleValue)
                .containsExactly(0.62, 0.56, 0.59);
        assertThat(selection.quoteIndices()).containsExactly(1, 3, 5);
        assertThat(selection.points()).allSatisfy(p -> assertThat(p.delta()).isNull());
    }

    @Test
    void ofTwoQuotesOfOneRightTheFirstIsKept() {
        ImpliedSurfacePoints.Selection selection = ImpliedSurfacePoints.of(List.of(
                solved("120", OptionRight.CALL, 0.5), solved("120", OptionRight.CALL, 0.7)), expiry -> 100);

        assertThat(selection.quoteIndices()).containsExactly(0);
    }

    private static QuoteVolatility solved(String strike, OptionRight right, double volatility) {
        return new QuoteVolatility(EXPIRY, new BigDecimal(strike), right, BigDecimal.ONE, volatility, null);
    }
}
