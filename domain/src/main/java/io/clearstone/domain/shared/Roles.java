package io.clearstone.domain.shared;

/** The security roles of the platform, as the server's identity store must name them. */
public final class Roles {
    /** Reads and moves only the accounts it owns. */
    public static final String TRADER = "trader";
    /** Reads everything; watches the console. */
    public static final String RISK_OFFICER = "risk-officer";
    /** Pushes price observations. */
    public static final String ORACLE = "oracle";
    /** Configures assets, sources and symbols; may act on any account. */
    public static final String ADMIN = "admin";

    /** Submits trades executed on its venue, for the instruments an administrator registered it for. */
    public static final String VENUE = "venue";

    public static final String[] ALL = {TRADER, RISK_OFFICER, ORACLE, ADMIN, VENUE};

    private Roles() {
    }
}
