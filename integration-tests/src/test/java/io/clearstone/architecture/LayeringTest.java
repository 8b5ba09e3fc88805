package io.clearstone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
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
            "instruments-perps", "instruments-tranches", "risk-graph", "domain", "web");

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
                        "io.clearstone.instruments.tranches..")
                .check(classes);
    }

    @Test
    void eachPluginDependsOnlyOnTheContract() {
        for (String plugin : List.of("options", "digital", "perps", "tranches")) {
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
     * The domain's packages grew cycles among themselves before this test existed. They form two tangles today; this
     * test holds them to exactly those sets of packages: a package that joins a cycle, or two tangles that merge,
     * fail here, and a package untangled must leave {@link #KNOWN_DOMAIN_TANGLES} (the test fails until it does, so
     * the list stays true). Every other domain package is cycle-free.
     */
    @Test
    void theDomainsCyclesStayWithinTheKnownTangle() {
        Graph<String, DefaultEdge> packages = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (JavaClass type : classes) {
            String from = domainPackage(type);
            if (from == null) {
                continue;
            }
            packages.addVertex(from);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = domainPackage(dependency.getTargetClass());
                if (to != null && !to.equals(from)) {
                    packages.addVertex(to);
                    packages.addEdge(from, to);
                }
            }
        }
        Set<Set<String>> tangles = new KosarajuStrongConnectivityInspector<>(packages).stronglyConnectedSets()
                .stream().filter(component -> component.size() > 1).map(Set::copyOf).collect(Collectors.toSet());
        assertEquals(KNOWN_DOMAIN_TANGLES, tangles, "packages of io.clearstone.domain that depend on each other");
    }

    private static final Set<Set<String>> KNOWN_DOMAIN_TANGLES = Set.of(
            Set.of("account", "asset", "ledger"),
            Set.of("funding", "instrument", "liquidation", "margin", "position", "securitization", "settlement",
                    "venue"));

    private static String domainPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("io.clearstone.domain.")) {
            return null;
        }
        String rest = name.substring("io.clearstone.domain.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
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
