/**
 * The dated futures instrument plugin ({@code future.dated}). It depends only on {@code io.clearstone.instruments.spi};
 * the core discovers it at deployment from the EAR's {@code lib/} and runs its daily settlements and expiry through
 * the SPI's lifecycle methods.
 */
package io.clearstone.instruments.futures;
