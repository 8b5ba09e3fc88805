package io.clearstone.instruments.options.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;

import io.clearstone.instruments.options.Black76OptionPricer;
import io.clearstone.instruments.options.ImpliedVolatilitySolver;
import io.clearstone.instruments.options.OptionSensitivities;

/**
 * Our Black-76 pricer and implied-vol solver against OpenGamma Strata's BlackFormulaRepository, on the same 1,024
 * random options (moneyness 0.5–2, 1 day–2 years, volatility 20–150%): price plus delta, gamma, vega, theta and rho
 * per option, and implied volatility per price.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OptionPricingBenchmark {

    static final int OPTIONS = 1024;
    private static final double RATE = 0.03;

    private final double[] strikes = new double[OPTIONS];
    private final double[] years = new double[OPTIONS];
    private final double[] vols = new double[OPTIONS];
    private final boolean[] calls = new boolean[OPTIONS];
    private final double[] prices = new double[OPTIONS];
    private final Black76OptionPricer pricer = new Black76OptionPricer();
    private final ImpliedVolatilitySolver solver = new ImpliedVolatilitySolver();

    @Setup(Level.Trial)
    public void options() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < OPTIONS; i++) {
            strikes[i] = 100 * Math.exp(random.nextDouble(Math.log(0.5), Math.log(2)));
            years[i] = random.nextDouble(1.0 / 365, 2);
            vols[i] = random.nextDouble(0.2, 1.5);
            // out-of-the-money side, where the price carries the whole time value (see the solver's tests)
            calls[i] = strikes[i] >= 100 * Math.exp(RATE * years[i]);
            prices[i] = pricer.price(100, strikes[i], years[i], vols[i], RATE, 0, calls[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void ourPriceAndGreeks(Blackhole sink) {
        for (int i = 0; i < OPTIONS; i++) {
            OptionSensitivities s = pricer.sensitivities(100, strikes[i], years[i], vols[i], RATE, 0, calls[i]);
            sink.consume(s);
        }
    }

    /** The same six numbers from Strata's forward-based formulas, turned into spot terms as our pricer gives them. */
    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void strataPriceAndGreeks(Blackhole sink) {
        for (int i = 0; i < OPTIONS; i++) {
            double t = years[i];
            double discount = Math.exp(-RATE * t);
            double forward = 100 / discount;
            double k = strikes[i];
            double v = vols[i];
            boolean call = calls[i];
            double price = BlackFormulaRepository.price(forward, k, t, v, call);
            sink.consume(discount * price);
            sink.consume(BlackFormulaRepository.delta(forward, k, t, v, call));
            sink.consume(BlackFormulaRepository.gamma(forward, k, t, v) / discount);
            sink.consume(discount * BlackFormulaRepository.vega(forward, k, t, v));
            sink.consume(BlackFormulaRepository.theta(forward, k, t, v, call, RATE));
            // rho with the forward following the rate: T·K·e^(−rT)·N(±d2), from Strata's dual delta
            sink.consume(-t * k * discount * BlackFormulaRepository.dualDelta(forward, k, t, v, call));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void ourImpliedVolatility(Blackhole sink) {
        for (int i = 0; i < OPTIONS; i++) {
            sink.consume(solver.impliedVolatility(prices[i], 100, strikes[i], years[i], RATE, 0, calls[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public void strataImpliedVolatility(Blackhole sink) {
        for (int i = 0; i < OPTIONS; i++) {
            double discount = Math.exp(-RATE * years[i]);
            sink.consume(BlackFormulaRepository.impliedVolatility(prices[i] / discount, 100 / discount, strikes[i],
                    years[i], calls[i]));
        }
    }
}
