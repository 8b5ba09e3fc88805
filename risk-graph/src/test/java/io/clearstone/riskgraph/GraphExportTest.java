package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class GraphExportTest {

    private static final Node PLATFORM = Node.of(NodeKind.PLATFORM, "clearstone");
    private static final Node FUND = Node.of(NodeKind.INSTITUTION, "fund-a");
    private static final Node BTC = Node.of(NodeKind.ASSET, "BTC");

    private static RiskNetwork network() {
        return new RiskNetwork().owes(FUND, PLATFORM, 1_000).expose(FUND, BTC, Exposure.of(ExposureKind.COLLATERAL, 250))
                .equity(FUND, 400).externalAssets(PLATFORM, 50);
    }

    @Test
    void graphMlReadsBackWithTheSameVerticesAndEdges() {
        String xml = GraphExport.graphMl(network());
        assertThat(xml).contains("institution:fund-a", "collateral", "1000.0");
        Graph<String, Object> read = GraphTypeBuilder.directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .vertexSupplier(new java.util.function.Supplier<String>() {
                    private int next;

                    @Override
                    public String get() {
                        return "v" + next++;
                    }
                }).edgeSupplier(Object::new).weighted(true).buildGraph();
        GraphMLImporter<String, Object> importer = new GraphMLImporter<>();
        importer.importGraph(read, new StringReader(xml));
        assertThat(read.vertexSet()).hasSize(3);
        assertThat(read.edgeSet()).hasSize(2);
    }

    @Test
    void jsonNamesNodesAndCarriesAmounts() {
        String json = GraphExport.json(network());
        assertThat(json).contains("\"id\":\"asset:BTC\"", "\"name\":\"BTC\"", "\"kind\":\"credit\"",
                "\"amount\":250.0", "\"equity\":400.0", "\"externalLiabilities\":0.0");
        assertThat(json.split("\"id\":").length - 1).as("one id per vertex, none from the attributes")
                .isEqualTo(3);
    }
}
