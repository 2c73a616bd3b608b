package org.communitysim.model;

/**
 * Mechanism: commitment grows with tenure, commitTenure·(1 − e^(−t/commitTau)) (docs/model.md §4.7), protecting
 * long-standing members from leaving. Off ({@code ablations.tenureCommitment} false): none.
 */
@FunctionalInterface
interface TenureCommitment {
    double commitment(int tenure);

    static TenureCommitment of(boolean on, double commitTenure, double commitTau) {
        return on ? tenure -> commitTenure * (1 - Math.exp(-tenure / commitTau)) : tenure -> 0;
    }
}
