package io.clearstone.domain.systemic;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.instrument.Instrument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * What the live risk network is read from: a handful of whole-book projections, each one query however many
 * accounts there are, instead of a few queries per account. Every query is read-only (scalar tuples, so no entity is
 * managed and nothing is dirty-checked; the instruments, the only entities, are loaded read-only), and the rows
 * come sorted by account so that {@link PlatformExposures} can walk them beside the members in one pass.
 * <p>
 * Plain Java over an {@link EntityManager}, so that the benchmark can run the same queries outside the server.
 */
public final class RiskNetworkRows {

    /** Hibernate's hint: entities the query returns are loaded without a snapshot and never flushed. */
    static final String READ_ONLY = "org.hibernate.readOnly";
    /** Members are accounts that are neither the platform's own nor a securitization pool's. */
    private static final String MEMBER = "a.systemRole is null and a.marginMethod <> :segregated";

    private final EntityManager em;

    public RiskNetworkRows(EntityManager em) {
        this.em = em;
    }

    /** Everything the platform's side of the network needs, read in four queries. */
    public Book book() {
        return new Book(members(), balances(), positions(), assets());
    }

    /** The member accounts, by id. */
    public List<Member> members() {
        return tuples("select a.id, a.owner from Account a where " + MEMBER + " order by a.id").stream()
                .map(row -> new Member((Long) row[0], (String) row[1])).toList();
    }

    /**
     * Every non-zero balance, by account then asset (the order the ledger lists an account's), in primary-key order
     * so the database reads its index without sorting; {@link PlatformExposures} passes over the few that are not
     * members' as it walks the members.
     */
    public List<Holding> balances() {
        return em.createQuery("select b.key.accountId, b.key.asset, b.amount from Balance b where b.amount <> 0 "
                        + "order by b.key.accountId, b.key.asset", Object[].class).setHint(READ_ONLY, true)
                .getResultList().stream()
                .map(row -> new Holding((Long) row[0], (String) row[1], (BigDecimal) row[2])).toList();
    }

    /**
     * Every open position, by account then instrument (the order the margin calculator values an account's), in
     * primary-key order; as with balances, non-members' are passed over by {@link PlatformExposures}.
     */
    public List<Held> positions() {
        return em.createQuery("select p.key.accountId, p.key.instrumentId, p.quantity, p.averagePrice "
                        + "from Position p where p.quantity <> 0 order by p.key.accountId, p.key.instrumentId",
                        Object[].class).setHint(READ_ONLY, true).getResultList().stream()
                .map(row -> new Held((Long) row[0], (Long) row[1], (BigDecimal) row[2], (BigDecimal) row[3]))
                .toList();
    }

    /** Every asset's index and collateral weight, by symbol. */
    public Map<String, AssetTerms> assets() {
        Map<String, AssetTerms> assets = new HashMap<>();
        em.createQuery("select a.symbol, a.oracleSymbol, a.collateral, a.haircut from Asset a", Object[].class)
                .setHint(READ_ONLY, true).getResultList()
                .forEach(row -> assets.put((String) row[0], new AssetTerms((String) row[1],
                        Boolean.TRUE.equals(row[2]) ? (BigDecimal) row[3] : BigDecimal.ZERO)));
        return assets;
    }

    /** The instruments anyone holds an open position in, read-only, by id. */
    public Map<Long, Instrument> heldInstruments() {
        Map<Long, Instrument> held = new HashMap<>();
        em.createQuery("select i from Instrument i where i.id in "
                        + "(select p.key.instrumentId from Position p where p.quantity <> 0)", Instrument.class)
                .setHint(READ_ONLY, true).getResultList().forEach(i -> held.put(i.id(), i));
        return held;
    }

    /** The instruments that are a pool's notes. */
    public List<Long> noteInstruments() {
        return em.createQuery("select t.instrumentId from PoolTranche t", Long.class).setHint(READ_ONLY, true)
                .getResultList();
    }

    /** The long positions in pools' notes with their holders' owners, by instrument then account. */
    public Map<Long, List<NoteHolder>> noteHolders() {
        Map<Long, List<NoteHolder>> holders = new HashMap<>();
        em.createQuery("select p.key.instrumentId, a.owner, p.quantity from Position p, Account a, PoolTranche t "
                        + "where p.key.accountId = a.id and p.key.instrumentId = t.instrumentId and p.quantity > 0 "
                        + "order by p.key.instrumentId, p.key.accountId", Object[].class)
                .setHint(READ_ONLY, true).getResultList()
                .forEach(row -> holders.computeIfAbsent((Long) row[0], i -> new java.util.ArrayList<>())
                        .add(new NoteHolder((String) row[1], (BigDecimal) row[2])));
        return holders;
    }

    /** The registered outside world's nodes, in registration order. */
    public List<Object[]> registeredNodes() {
        return em.createQuery("select n.kind, n.name, n.equity, n.externalAssets from RegisteredNode n order by n.id",
                Object[].class).setHint(READ_ONLY, true).getResultList();
    }

    /** The registered exposures, in registration order. */
    public List<Object[]> registeredExposures() {
        return em.createQuery("select e.sourceKind, e.sourceName, e.targetKind, e.targetName, e.kind, e.amount, "
                + "e.limit from RegisteredExposure e order by e.id", Object[].class).setHint(READ_ONLY, true)
                .getResultList();
    }

    private List<Object[]> tuples(String jpql) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setHint(READ_ONLY, true)
                .setParameter("segregated", MarginMethod.SEGREGATED);
        return query.getResultList();
    }

    /** The platform's side of the network as read: members, their balances and positions, and the assets. */
    public record Book(List<Member> members, List<Holding> balances, List<Held> positions,
                       Map<String, AssetTerms> assets) {
    }

    /** A member account and its owner (the institution it counts for). */
    public record Member(long accountId, String owner) {
    }

    /** A member's balance of one asset. */
    public record Holding(long accountId, String asset, BigDecimal amount) {
    }

    /** A member's open position in one instrument. */
    public record Held(long accountId, long instrumentId, BigDecimal quantity, BigDecimal averagePrice) {
    }

    /**
     * An asset as the network values it.
     *
     * @param collateralWeight what a unit held counts for in margin equity (zero when not accepted as collateral)
     */
    public record AssetTerms(String oracleSymbol, BigDecimal collateralWeight) {
    }

    /** Who holds a pool's note, and how many. */
    public record NoteHolder(String owner, BigDecimal quantity) {
    }
}
