package org.communitysim.random;

/**
 * How every random stream of a run is derived. This is the project's documented seeding contract
 * (docs/model.md, "Randomness"):
 *
 * <pre>
 *   runSeed(master, r)        = mix64(master + (r + 1) * 0x9E3779B97F4A7C15)
 *   streamSeed(runSeed, name) = mix64(runSeed ^ mix64(fnv1a64(name)))
 * </pre>
 *
 * where mix64 is the SplitMix64 finaliser. A run's seed depends on the master seed and the replicate
 * index only, never on the scenario, so replicate r of two scenarios draws the same population,
 * network and daily events wherever their specifications agree (common random numbers). Each purpose
 * (population, network, seeding, and each daily phase) has its own named stream, so changing how
 * many draws one phase takes does not shift the draws of another.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long runSeed(long masterSeed, int replicate) {
        if (replicate < 0) {
            throw new IllegalArgumentException("replicate index must be >= 0: " + replicate);
        }
        return Rng.mix64(masterSeed + (replicate + 1L) * 0x9E3779B97F4A7C15L);
    }

    public static long streamSeed(long runSeed, String purpose) {
        return Rng.mix64(runSeed ^ Rng.mix64(fnv1a64(purpose)));
    }

    public static Rng stream(long runSeed, String purpose) {
        return new Rng(streamSeed(runSeed, purpose));
    }

    /** FNV-1a, 64 bit, over the UTF-16 chars of a purpose name (stable across JVMs, unlike String.hashCode's range). */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
