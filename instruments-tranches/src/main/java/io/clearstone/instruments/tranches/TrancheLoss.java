package io.clearstone.instruments.tranches;

/**
 * The loss of a tranche [attachment, detachment] as a fraction of its size, for a pool loss L (a fraction of the
 * pool): min(max(L − A, 0), D − A) / (D − A). Losses reach the most junior tranche first.
 */
record TrancheLoss(double attachment, double detachment) {

    TrancheLoss {
        if (!(attachment >= 0 && detachment > attachment && detachment <= 1)) {
            throw new IllegalArgumentException("need 0 ≤ attachment < detachment ≤ 1");
        }
    }

    double of(double poolLoss) {
        return Math.min(Math.max(poolLoss - attachment, 0), detachment - attachment) / (detachment - attachment);
    }
}
