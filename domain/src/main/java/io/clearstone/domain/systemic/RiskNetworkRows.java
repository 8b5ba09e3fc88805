package io.clearstone.domain.systemic;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.account.SystemAccount;
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
    /** Hibernate's hint: how many rows the driver fetches at a time (PostgreSQL streams only with one set). */
    static final String FETCH_SIZE = "org.hibernate.fetchSize";
    /** Members are accounts that are neither the platform's own nor a securitization pool's. */
    private static final String MEMBER = "a.systemRole is null and a.marginMethod <> :segregated";

    private final EntityManager em;

    public RiskNetworkRows(EntityManager em) {
        this.em = em;
    }

    /** Everything the platform's side of the network needs, read in four queries. */
    public Book book() {
        Map<String, AssetTerms> assets = assets();
        return new Book(members(), balances(assets), positions(), assets);
    }

    /** The member accounts, by id. */
    public Members members() {
        Members members = new Members();
        try (Stream<Object[]> rows = stream("select a.id, a.owner from Account a where " + MEMBER + " order by a.id")
                .setParameter("segregated", MarginMethod.SEGREGATED).getResultStream()) {
            rows.forEach(row -> members.add((Long) row[0], (String) row[1]));
        }
        return members;
    }

    /**
     * Every non-zero balance, by account then asset (the order the ledger lists an account's), in primary-key order
     * so the database reads its index without sorting; {@link PlatformExposures} passes over the few that are not
     * members' as it walks the members. Amounts are risk maths here, so {@code double}, converted by the database
     * (to the nearest double, as {@link BigDecimal#doubleValue()} would) to spare a {@link BigDecimal} per row.
     */
    public Balances balances(Map<String, AssetTerms> assets) {
        Map<String, String> symbols = new HashMap<>();
        assets.keySet().forEach(symbol -> symbols.put(symbol, symbol));
        Balances balances = new Balances();
        try (Stream<Object[]> rows = stream("select b.key.accountId, b.key.asset, cast(b.amount as Double) "
                + "from Balance b where b.amount <> 0 order by b.key.accountId, b.key.asset").getResultStream()) {
            rows.forEach(row -> balances.add((Long) row[0], symbols.getOrDefault((String) row[1], (String) row[1]),
                    (Double) row[2]));
        }
        return balances;
    }

    /**
     * Every open position, by account then instrument (the order the margin calculator values an account's), in
     * primary-key order; as with balances, non-members' are passed over, and the numbers are {@code double}.
     */
    public Positions positions() {
        Positions positions = new Positions();
        try (Stream<Object[]> rows = stream("select p.key.accountId, p.key.instrumentId, cast(p.quantity as Double), "
                + "cast(p.averagePrice as Double) from Position p where p.quantity <> 0 "
                + "order by p.key.accountId, p.key.instrumentId").getResultStream()) {
            rows.forEach(row -> positions.add((Long) row[0], (Long) row[1], (Double) row[2], (Double) row[3]));
        }
        return positions;
    }

    /**
     * What the platform holds of each asset for itself and its members, exactly, by symbol (non-zero only): external
     * custody's balance is the negative of everything held on the platform, and of that the securitization pools'
     * segregated accounts are the pools' own (their nodes hold them), so the platform's is −(custody + pools). By the
     * ledger's balance this is also Σ of the members' balances (debts included) and the platform's own accounts'
     * (insurance fund, fees, settlement), read here in one grouped query whatever the number of accounts.
     */
    public Map<String, BigDecimal> platformHoldings() {
        Map<String, BigDecimal> holdings = new java.util.TreeMap<>();
        em.createQuery("select b.key.asset, sum(b.amount) from Balance b, Account a where b.key.accountId = a.id "
                        + "and (a.systemRole = :custody or a.marginMethod = :segregated) group by b.key.asset",
                        Object[].class)
                .setParameter("custody", SystemAccount.EXTERNAL_CUSTODY)
                .setParameter("segregated", MarginMethod.SEGREGATED).setHint(READ_ONLY, true).getResultList()
                .forEach(row -> {
                    BigDecimal held = ((BigDecimal) row[1]).negate();
                    if (held.signum() != 0) {
                        holdings.put((String) row[0], held);
                    }
                });
        return holdings;
    }

    /** Every asset's index and collateral weight, by symbol. */
    public Map<String, AssetTerms> assets() {
        Map<String, AssetTerms> assets = new HashMap<>();
        em.createQuery("select a.symbol, a.oracleSymbol, a.collateral, a.collateralWeight from Asset a", Object[].class)
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
        return em.createQuery("select n.kind, n.name, n.equity, n.externalAssets, n.externalLiabilities "
                + "from RegisteredNode n order by n.id",
                Object[].class).setHint(READ_ONLY, true).getResultList();
    }

    /** The registered exposures, in registration order. */
    public List<Object[]> registeredExposures() {
        return em.createQuery("select e.sourceKind, e.sourceName, e.targetKind, e.targetName, e.kind, e.amount, "
                + "e.limit from RegisteredExposure e order by e.id", Object[].class).setHint(READ_ONLY, true)
                .getResultList();
    }

    /** A read-only tuple query that fetches rows in batches as they are streamed, not all at once. */
    private TypedQuery<Object[]> stream(String jpql) {
        return em.createQuery(jpql, Object[].class).setHint(READ_ONLY, true).setHint(FETCH_SIZE, 10_000);
    }

    /** The platform's side of the network as read: members, balances and positions, and the assets. */
    public record Book(Members members, Balances balances, Positions positions, Map<String, AssetTerms> assets) {
    }

    /**
     * The member accounts and their owners (the institutions they count for), by account id. Column by column, as
     * the balances and positions: a whole book is a few arrays, not an object per row, so that building the network
     * leaves the collector little to copy.
     */
    public static final class Members {
        private long[] account = new long[1024];
        private String[] owner = new String[1024];
        private int size;

        void add(long accountId, String ownerName) {
            if (size == account.length) {
                account = Arrays.copyOf(account, size * 2);
                owner = Arrays.copyOf(owner, size * 2);
            }
            account[size] = accountId;
            owner[size++] = ownerName;
        }

        public int size() {
            return size;
        }

        public long account(int row) {
            return account[row];
        }

        public String owner(int row) {
            return owner[row];
        }
    }

    /** Balances, by account then asset, column by column. */
    public static final class Balances {
        private long[] account = new long[1024];
        private String[] asset = new String[1024];
        private double[] amount = new double[1024];
        private int size;

        void add(long accountId, String symbol, double value) {
            if (size == account.length) {
                account = Arrays.copyOf(account, size * 2);
                asset = Arrays.copyOf(asset, size * 2);
                amount = Arrays.copyOf(amount, size * 2);
            }
            account[size] = accountId;
            asset[size] = symbol;
            amount[size++] = value;
        }

        public int size() {
            return size;
        }

        public long account(int row) {
            return account[row];
        }

        public String asset(int row) {
            return asset[row];
        }

        public double amount(int row) {
            return amount[row];
        }
    }

    /** Open positions, by account then instrument, column by column. */
    public static final class Positions {
        private long[] account = new long[1024];
        private long[] instrument = new long[1024];
        private double[] quantity = new double[1024];
        private double[] averagePrice = new double[1024];
        private int size;

        void add(long accountId, long instrumentId, double contracts, double entry) {
            if (size == account.length) {
                account = Arrays.copyOf(account, size * 2);
                instrument = Arrays.copyOf(instrument, size * 2);
                quantity = Arrays.copyOf(quantity, size * 2);
                averagePrice = Arrays.copyOf(averagePrice, size * 2);
            }
            account[size] = accountId;
            instrument[size] = instrumentId;
            quantity[size] = contracts;
            averagePrice[size++] = entry;
        }

        public int size() {
            return size;
        }

        public long account(int row) {
            return account[row];
        }

        public long instrument(int row) {
            return instrument[row];
        }

        public double quantity(int row) {
            return quantity[row];
        }

        public double averagePrice(int row) {
            return averagePrice[row];
        }
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
