package io.clearstone.domain.systemic;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers an outside node.
 *
 * @param kind           e.g. protocol, venue, institution, insurer, pool, oracle (or a kind of the deployment's own)
 * @param equity         its loss-absorbing capital, USD
 * @param externalAssets what it holds that no node of the graph owes it, USD
 * @param externalLiabilities what it owes outside the graph, USD (Eisenberg–Noe's bᵢ, paid pari passu with its debts
 *                            to nodes); none when absent
 */
public record NodeRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a lower-case word") String kind,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = "must be 1-128 letters, digits or ._:@-") String name,
        @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal equity,
        @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal externalAssets,
        @Size(max = 500) String description,
        @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal externalLiabilities) {
    // no second constructor: with one, JSON-B no longer bound the request body (400 malformed body)
}
