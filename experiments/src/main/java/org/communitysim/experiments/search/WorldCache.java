package org.communitysim.experiments.search;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.communitysim.model.World;
import org.communitysim.scenario.Scenario;

/**
 * The worlds (population and trust network) of one search, built once per replicate seed and shared by every
 * candidate whose population and network specifications agree: common random numbers, as {@code compare} shares
 * a replicate's world between scenarios, and the cost of drawing the world is paid once instead of once per
 * candidate. A world is immutable, so candidates may run on it at the same time.
 */
final class WorldCache {
    private final ConcurrentHashMap<List<Object>, World> worlds = new ConcurrentHashMap<>();
    private final int capacity;

    /** @param capacity worlds kept at most; beyond it the cache is cleared (a search over population or network). */
    WorldCache(int capacity) {
        this.capacity = capacity;
    }

    World get(Scenario s, long seed) {
        List<Object> key = List.of(s.population(), s.network(), seed);
        World w = worlds.get(key);
        if (w != null) {
            return w;
        }
        if (worlds.size() >= capacity) {
            worlds.clear();
        }
        return worlds.computeIfAbsent(key, k -> World.build(s, seed));
    }
}
