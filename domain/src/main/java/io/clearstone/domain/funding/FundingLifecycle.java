package io.clearstone.domain.funding;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.lifecycle.LifecycleEvent;
import io.clearstone.domain.lifecycle.LifecycleHandler;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Funding's part in the lifecycle engine: the executor hands it each due {@value ScheduledEvent#FUNDING} event of an
 * instrument that pays funding, and {@link FundingService} pays it (and any later boundary also passed) under the
 * lock the executor already holds, with the same zero-sum allocation and history as a trade's catch-up.
 */
@ApplicationScoped
public class FundingLifecycle implements LifecycleHandler {

    @EJB
    FundingService funding;

    @Override
    public boolean handles(String kind, ResolvedInstrument instrument) {
        return ScheduledEvent.FUNDING.equals(kind) && instrument.funding().isPresent();
    }

    @Override
    public void run(LifecycleEvent event, Instrument instrument, ResolvedInstrument resolved) {
        funding.payDue(instrument.id());
    }
}
