package io.clearstone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.base.DescribedPredicate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module shape as a fact: dependencies point inwards. The plugin contract depends on nothing of ours, each
 * plugin only on the contract, the risk-graph maths on neither JPA nor the domain, the domain never on the web layer,
 * and no module's packages form a cycle.
 *
 * <p>Reads the compiled classes of the sibling modules (the reactor has built them by the time this module's tests
 * run), so the rules see the production code exactly as packaged, tests excluded.
 */
class LayeringTest {

    private static final List<String> MODULES = List.of("instruments-spi", "instruments-options", "instruments-digital",
            "instruments-perps", "instruments-futures", "instruments-tranches", "risk-graph", "domain", "web");

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        Path[] roots = MODULES.stream().map(module -> Path.of("..", module, "target", "classes")).toArray(Path[]::new);
        for (Path root : roots) {
            assertTrue(Files.isDirectory(root), root + " is not built: run the test from the reactor");
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(roots);
    }

    @Test
    void thePluginContractDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.clearstone.instruments.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("io.clearstone.domain..", "io.clearstone.web..",
                        "io.clearstone.riskgraph..", "io.clearstone.instruments.options..",
                        "io.clearstone.instruments.digital..", "io.clearstone.instruments.perps..",
                        "io.clearstone.instruments.futures..",
                        "io.clearstone.instruments.tranches..")
                .check(classes);
    }

    @Test
    void eachPluginDependsOnlyOnTheContract() {
        for (String plugin : List.of("options", "digital", "perps", "futures", "tranches")) {
            noClasses().that().resideInAPackage("io.clearstone.instruments." + plugin + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.clearstone.domain..", "io.clearstone.web..",
                            "io.clearstone.riskgraph..")
                    .check(classes);
            noClasses().that().resideInAPackage("io.clearstone.instruments." + plugin + "..")
                    .should().dependOnClassesThat(otherPluginThan(plugin))
                    .check(classes);
        }
    }

    @Test
    void theRiskGraphIsPureMaths() {
        noClasses().that().resideInAPackage("io.clearstone.riskgraph..")
                .should().dependOnClassesThat().resideInAnyPackage("io.clearstone.domain..", "io.clearstone.web..",
                        "io.clearstone.instruments..", "jakarta.persistence..", "jakarta.ejb..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void theDomainNeverReachesTheWebLayer() {
        noClasses().that().resideInAPackage("io.clearstone.domain..")
                .should().dependOnClassesThat().resideInAPackage("io.clearstone.web..")
                .check(classes);
    }

    @Test
    void noModuleHasPackageCyclesOutsideTheDomain() {
        slices().matching("io.clearstone.(**)").that(outsideTheDomain()).should().beFreeOfCycles().check(classes);
    }

    /**
     * The domain's first-level packages (each with its sub-packages, e.g. {@code engine} with {@code engine.wildfly})
     * depend on each other without a cycle: a package that needs to be told of something by a package above it
     * listens for a CDI event or offers an interface (as the ledger hears {@code AccountOpened}, and pools add their
     * market data through {@code InstrumentMarketData}).
     */
    @Test
    void theDomainsPackagesAreFreeOfCycles() {
        slices().matching("io.clearstone.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static DescribedPredicate<Slice> outsideTheDomain() {
        return DescribedPredicate.describe("outside the domain",
                slice -> !slice.getDescription().startsWith("Slice domain."));
    }

    private static DescribedPredicate<JavaClass> otherPluginThan(String plugin) {
        return DescribedPredicate.describe("another plugin than " + plugin,
                type -> type.getPackageName().startsWith("io.clearstone.instruments.")
                        && !type.getPackageName().startsWith("io.clearstone.instruments.spi")
                        && !type.getPackageName().startsWith("io.clearstone.instruments." + plugin));
    }
}
