package io.clearstone.domain.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open long                    | 2@100               | 2  | 100 | 0
            increase averages in         | 2@100, 1@130        | 3  | 110 | 0
            reduce realises at average   | 3@110, -1@150       | 2  | 110 | 40
            close flattens               | 2@100, -2@90        | 0  | 0   | -20
            flip opens rest at the fill  | 2@100, -5@120       | -3 | 120 | 40
            short then cover lower gains | -4@50, 1@30         | -3 | 50  | 20
            short increase averages in   | -1@50, -3@70        | -4 | 65  | 0
            """)
    void fillsNetIntoOnePosition(String name, String fills, String quantity, String average, String realised) {
        Position position = new Position(new PositionKey(1, 1));
        for (String fill : fills.split(",\\s*")) {
            String[] parts = fill.split("@");
            position.fill(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
        }
        assertThat(position.quantity()).isEqualByComparingTo(quantity);
        assertThat(position.averagePrice()).isEqualByComparingTo(average);
        assertThat(position.realizedPnl()).isEqualByComparingTo(realised);
    }
}
