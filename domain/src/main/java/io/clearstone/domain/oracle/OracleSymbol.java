package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A priced symbol (e.g. {@code BTC-USD}) and the rules that turn its observations into an index. */
@Entity
@Table(name = "oracle_symbol")
public class OracleSymbol {

    @Id
    private String symbol;
    @Column(name = "staleness_seconds")
    private int stalenessSeconds;
    @Column(name = "min_quorum")
    private int minQuorum;
    @Column(name = "max_deviation")
    private BigDecimal maxDeviation;
    @Column(name = "max_move")
    private BigDecimal maxMove;
    @Column(name = "move_interval_seconds")
    private int moveIntervalSeconds;
    @Version
    private long version;

    protected OracleSymbol() {
    }

    public OracleSymbol(String symbol, IndexRules rules) {
        this.symbol = symbol;
        apply(rules);
    }

    public void apply(IndexRules rules) {
        this.stalenessSeconds = Math.toIntExact(rules.staleness().toSeconds());
        this.minQuorum = rules.minQuorum();
        this.maxDeviation = rules.maxDeviation();
        this.maxMove = rules.maxMovePerInterval();
        this.moveIntervalSeconds = Math.toIntExact(rules.moveInterval().toSeconds());
    }

    public IndexRules rules() {
        return new IndexRules(Duration.ofSeconds(stalenessSeconds), minQuorum, maxDeviation, maxMove,
                Duration.ofSeconds(moveIntervalSeconds));
    }

    public String symbol() {
        return symbol;
    }
}
