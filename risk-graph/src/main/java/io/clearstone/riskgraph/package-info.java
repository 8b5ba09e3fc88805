/**
 * The exposure graph between the platform, institutions, protocols, venues, collateral assets and oracles, and the
 * systemic-risk algorithms over it (JGraphT). Pure Java: no JPA, no server; the domain feeds it snapshots.
 */
package io.clearstone.riskgraph;
