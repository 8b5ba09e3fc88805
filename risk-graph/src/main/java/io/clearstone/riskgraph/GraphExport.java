package io.clearstone.riskgraph;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * The network in GraphML and JSON, through JGraphT's exporters, for other tools (Gephi, yEd, NetworkX). Vertices
 * are identified as {@code kind:id} and carry kind, name (the id), equity and external assets; edges carry kind, amount and
 * limit.
 */
public final class GraphExport {

    private GraphExport() {
    }

    public static String graphMl(RiskNetwork network) {
        GraphMLExporter<Node, Exposure> exporter = new GraphMLExporter<>(Node::toString);
        exporter.setExportEdgeWeights(true);
        for (String name : new String[] {"kind", "name"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String name : new String[] {"equity", "externalAssets"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("amount", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("limit", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(node -> vertexAttributes(network, node));
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        StringWriter out = new StringWriter();
        exporter.exportGraph(network.graph(), out);
        return out.toString();
    }

    public static String json(RiskNetwork network) {
        JSONExporter<Node, Exposure> exporter = new JSONExporter<>(Node::toString);
        exporter.setVertexAttributeProvider(node -> vertexAttributes(network, node));
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        StringWriter out = new StringWriter();
        exporter.exportGraph(network.graph(), out);
        return out.toString();
    }

    private static Map<String, Attribute> vertexAttributes(RiskNetwork network, Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind().name()));
        attributes.put("name", DefaultAttribute.createAttribute(node.id()));
        attributes.put("equity", DefaultAttribute.createAttribute(network.equityOf(node)));
        attributes.put("externalAssets", DefaultAttribute.createAttribute(network.externalAssetsOf(node)));
        attributes.put("externalLiabilities", DefaultAttribute.createAttribute(network.externalLiabilitiesOf(node)));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Exposure exposure) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("kind", DefaultAttribute.createAttribute(exposure.kind().name()));
        attributes.put("amount", DefaultAttribute.createAttribute(exposure.amount()));
        attributes.put("limit", DefaultAttribute.createAttribute(exposure.limit()));
        return attributes;
    }
}
