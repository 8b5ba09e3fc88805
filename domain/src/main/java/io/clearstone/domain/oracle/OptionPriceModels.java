package io.clearstone.domain.oracle;

import java.util.Optional;
import java.util.ServiceLoader;

import io.clearstone.instruments.spi.OptionPriceModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The option price model an installed plugin offers (the options plugin's Black-76), found once at start in the
 * application's class loader (the EAR's lib/; the SPI's own module cannot see it).
 */
@ApplicationScoped
public class OptionPriceModels {

    private final Optional<OptionPriceModel> installed = ServiceLoader.load(OptionPriceModel.class,
            OptionPriceModels.class.getClassLoader()).findFirst();

    /** The model, or empty when no installed plugin offers one. */
    public Optional<OptionPriceModel> installed() {
        return installed;
    }
}
