package io.clearstone.domain.margin;

import java.util.List;

/**
 * An account's equity and margin if one underlying's index moved, everything else held: what a risk officer reads
 * as "how far from a margin call, and from liquidation".
 *
 * @param points one per move, from the largest fall to the largest rise
 */
public record MarginProfile(long accountId, String underlying, double indexNow, List<Point> points) {

    /** The account at one move of the index. */
    public record Point(double move, double indexPrice, double equityUsd, double initialMarginUsd,
                        double maintenanceMarginUsd, MarginState state) {
    }
}
