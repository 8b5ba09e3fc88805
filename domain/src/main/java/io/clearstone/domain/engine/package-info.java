/**
 * The clearing engine's place in a cluster: the margin monitor and book, liquidations, funding, expiry, the
 * systemic-risk alerts and the price feeds run on exactly one node, elected by WildFly's singleton service (the
 * {@code wildfly} sub-package), and move to another node when that one dies. Every node serves the API. This package
 * depends on no other package of the domain; the parts of the engine ask it whether they run here.
 */
package io.clearstone.domain.engine;
