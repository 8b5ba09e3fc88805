package io.clearstone.domain.lifecycle;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.instruments.spi.ResolvedInstrument;

/**
 * A part of the platform that runs a kind of event itself instead of booking the plugin's cash-flow instructions
 * (funding, whose payments are fixed from venue quotes and allocated to sum to zero). The executor hands it the event
 * locked and due; the handler must mark it done ({@link LifecycleEvent#done}) and schedule what follows it, in the
 * same transaction. Handlers are CDI beans; the lifecycle package knows none of them by name, so it depends on no
 * handler's package.
 */
public interface LifecycleHandler {

    /** Whether this handler runs events of {@code kind} for this instrument. */
    boolean handles(String kind, ResolvedInstrument instrument);

    /** Runs the locked, due event (and may run later due ones of its kind with it, in order). */
    void run(LifecycleEvent event, Instrument instrument, ResolvedInstrument resolved);
}
