/**
 * The options instrument plugin. It depends only on {@code io.clearstone.instruments.spi}; the core discovers it at
 * deployment from the EAR's {@code lib/}.
 */
package io.clearstone.instruments.options;
