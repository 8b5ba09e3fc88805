package io.clearstone.instruments.tranches;

/**
 * The loss of a tranche [attachment, detachment] as a fraction of its size, for a pool loss L (a fraction of the
 * pool): min(max(L − A, 0), D − A) / (D − A). Losses reach the most junior tranche first. The points may lie outside
 * [0, 1] when measured against only part of a pool (its loans, after a collateral shortfall or surplus moved them).
 */
record TrancheLoss(double attachment, double detachment) {

    TrancheLoss {
        if (!(detachment > attachment)) {
            throw new IllegalArgumentException("need attachment < detachment");
        }
    }

    double of(double poolLoss) {
        return Math.min(Math.max(poolLoss - attachment, 0), detachment - attachment) / (detachment - attachment);
    }
}
