package org.communitysim.model;

import java.nio.file.Path;
import org.communitysim.network.EdgeList;
import org.communitysim.network.EdgeListException;
import org.communitysim.network.EdgeListReader;
import org.communitysim.network.Networks;
import org.communitysim.network.TrustNetwork;
import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;

/**
 * The persons and their trust ties for one replicate. Drawn only from the population and network
 * specifications and the run seed (streams "population" and "network"), so replicate r of any two
 * scenarios that share those specifications gets the same world (common random numbers).
 */
public record World(Population population, TrustNetwork network) {

    /**
     * Thrown when the world cannot be built from the scenario's input (e.g. an unreadable edge list), or when the
     * scenario does not fit the world drawn (more seeds and KOLs than regular persons): a problem of the input, which
     * the command line reports as such (exit code 2).
     */
    public static final class WorldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WorldException(String message, Throwable cause) {
            super(message, cause);
        }

        public WorldException(String message) {
            super(message);
        }
    }

    public static World build(Scenario scenario, long runSeed) {
        Rng popRng = Seeds.stream(runSeed, "population");
        Rng netRng = Seeds.stream(runSeed, "network");
        if (scenario.network().type() == NetworkType.EDGE_LIST) {
            EdgeList list;
            try {
                list = EdgeListReader.readCached(Path.of(scenario.network().edgeListPath()));
            } catch (EdgeListException e) {
                throw new WorldException(e.getMessage(), e);
            }
            Population population = Population.draw(scenario.population(), list.nodeCount(), popRng);
            return new World(population, Networks.fromEdgeList(list, scenario.network(), netRng));
        }
        Population population = Population.draw(scenario.population(), scenario.population().size(), popRng);
        return new World(population, Networks.generate(scenario.network(), population, netRng));
    }
}
