package io.clearstone.domain.instrument;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentTerms;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Creates instruments of any installed type through its plugin (decode, validate, resolve against reference data) and
 * stores them with their terms as the plugin encodes them; resolves stored instruments for pricing. A new instrument
 * is announced ({@link InstrumentCreated}) in the creating transaction; its events are the lifecycle engine's business.
 */
@Stateless
public class InstrumentService {

    @EJB
    Plugins plugins;
    @Inject
    jakarta.enterprise.event.Event<InstrumentCreated> created;
    @Inject
    PlatformReferenceData reference;
    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;

    public InstrumentView create(@NotNull @Valid CreateInstrumentRequest request) {
        InstrumentPlugin plugin = plugins.require(request.type());
        int version = plugin.info().termsVersion();
        InstrumentTerms terms;
        ResolvedInstrument resolved;
        try {
            terms = plugin.decode(JsonTerms.toDocument(request.terms()), version);
            List<Violation> violations = plugin.validate(terms);
            if (!violations.isEmpty()) {
                throw new InvalidTermsException(violations);
            }
            resolved = plugin.resolve(terms, reference);
        } catch (TermsException e) {
            throw new InvalidTermsException(e.violations());
        }
        Instant now = clock.instant();
        Instant expiry = resolved.schedule().stream().filter(e -> ScheduledEvent.EXPIRY.equals(e.kind()))
                .map(ScheduledEvent::at).findFirst().orElse(null);
        if (resolved.schedule().stream().anyMatch(e -> !e.at().isAfter(now))) {
            throw new InvalidTermsException(List.of(new Violation("expiry", "must be in the future")));
        }
        TermsDocument encoded = plugin.encode(terms);
        Instrument instrument = new Instrument(request.type(), version, JsonTerms.toJson(encoded).toString(),
                resolved.underlying(), resolved.settlementAsset(), expiry, now);
        em.persist(instrument);
        // the lifecycle schedule (expiry, funding, the plugin's own events) is stored by its observer, in this
        // transaction: this service knows neither funding nor settlement
        created.fire(new InstrumentCreated(instrument, resolved));
        return view(instrument);
    }

    /** Sets who covers a bankrupt holder's shortfall once the insurance fund cannot. */
    public InstrumentView changeShortfallPolicy(long id, io.clearstone.domain.instrument.ShortfallPolicy policy) {
        Instrument instrument = require(id);
        instrument.changeShortfallPolicy(policy);
        return view(instrument);
    }

    public List<InstrumentView> all() {
        return em.createQuery("select i from Instrument i order by i.id", Instrument.class).getResultStream()
                .map(InstrumentService::view).toList();
    }

    public InstrumentView get(long id) {
        return view(require(id));
    }

    public Instrument require(long id) {
        Instrument instrument = em.find(Instrument.class, id);
        if (instrument == null) {
            throw new NotFoundException("instrument", "instrument", id);
        }
        return instrument;
    }

    /** The stored instrument in pricing-ready form, through its plugin. */
    public ResolvedInstrument resolve(Instrument instrument) {
        InstrumentPlugin plugin = plugins.requireForExisting(instrument.typeId());
        InstrumentTerms terms = plugin.decode(JsonTerms.toDocument(parse(instrument.termsJson())),
                instrument.termsVersion());
        return plugin.resolve(terms, reference);
    }

    private static InstrumentView view(Instrument i) {
        return new InstrumentView(i.id(), i.typeId(), i.termsVersion(), parse(i.termsJson()), i.underlying(),
                i.settlementAsset(), i.expiresAt(), i.status(), i.createdAt(),
                io.clearstone.domain.shared.Decimals.plain(i.settlementPrice()), i.settledAt(), i.shortfallPolicy());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
