/**
 * The instrument SPI: the contract an instrument plugin implements (identity, terms codec, valuation, risk array,
 * lifecycle, exposures). It depends on nothing of the platform so that a plugin author reads only this package.
 * The contract itself arrives with the instrument issue; the module exists now so that the dependency direction
 * (plugins → SPI ← domain) is fixed from the first build.
 */
package io.clearstone.instruments.spi;
