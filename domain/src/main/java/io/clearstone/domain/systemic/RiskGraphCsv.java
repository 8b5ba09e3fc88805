package io.clearstone.domain.systemic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.domain.shared.InvalidRequestException;

/**
 * Bulk registration as CSV, one record per line, comma-separated, no quoting; blank lines and lines starting with
 * '#' are skipped:
 * <pre>
 * node,kind,name,equity[,externalAssets[,description[,externalLiabilities]]]
 * exposure,sourceKind,sourceName,targetKind,targetName,kind,amount[,limit]
 * </pre>
 * A bad line is refused naming its number; nothing is registered then.
 */
public final class RiskGraphCsv {

    private RiskGraphCsv() {
    }

    public static ImportRequest parse(String csv) {
        List<NodeRequest> nodes = new ArrayList<>();
        List<ExposureRequest> exposures = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                switch (f[0].strip()) {
                    case "node" -> nodes.add(new NodeRequest(f[1].strip(), f[2].strip(), decimal(f[3]),
                            f.length > 4 && !f[4].isBlank() ? decimal(f[4]) : null,
                            f.length > 5 && !f[5].isBlank() ? f[5].strip() : null,
                            f.length > 6 && !f[6].isBlank() ? decimal(f[6]) : null));
                    case "exposure" -> exposures.add(new ExposureRequest(f[1].strip(), f[2].strip(), f[3].strip(),
                            f[4].strip(), f[5].strip(), decimal(f[6]),
                            f.length > 7 && !f[7].isBlank() ? decimal(f[7]) : null));
                    default -> throw new IllegalArgumentException("a record is node or exposure, not " + f[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                throw new InvalidRequestException("risk-graph/bad-csv", "Bad CSV line", "line " + number,
                        "line " + number + ": " + (e instanceof ArrayIndexOutOfBoundsException
                                ? "missing fields" : e.getMessage()));
            }
        }
        return new ImportRequest(nodes, exposures);
    }

    private static BigDecimal decimal(String field) {
        try {
            return new BigDecimal(field.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + field.strip());
        }
    }
}
