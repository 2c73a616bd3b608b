package org.communitysim.model;

/**
 * Receives every exposure of a run (Backstrom et al. 2006): a non-member who may join, with at least one tie
 * to a member at the start of a day, and whether that person joined that day. Register with
 * {@link CommunityModel#setExposureListener}; called on the model's thread at the end of each day.
 */
@FunctionalInterface
public interface ExposureListener {

    /**
     * @param day       the day
     * @param person    the exposed person
     * @param k         ties to members at the start of the day (at least 1)
     * @param tiedPairs pairs of those k friends tied to each other (0 to k(k−1)/2)
     * @param joined    whether the person joined that day
     */
    void exposure(int day, int person, int k, int tiedPairs, boolean joined);
}
