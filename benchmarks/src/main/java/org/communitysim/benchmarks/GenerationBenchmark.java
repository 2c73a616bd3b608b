package org.communitysim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysim.model.World;
import org.communitysim.population.Population;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drawing the world of a replicate: the population alone, and population + homophilous small-world network
 * (default spec, mean degree 49) — {@code World.build}, what every replicate pays before its first day. At
 * 10^6 persons one operation takes seconds, so an iteration is then a single operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Thread)
public class GenerationBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int persons;

    private Scenario scenario;
    private int replicate;

    @Setup(Level.Trial)
    public void spec() {
        Scenario s = Defaults.scenario();
        scenario = s.withPopulation(s.population().withSize(persons));
    }

    @Benchmark
    public Population population() {
        long seed = Seeds.runSeed(1, replicate++);
        return Population.draw(scenario.population(), persons, Seeds.stream(seed, "population"));
    }

    @Benchmark
    public World world() {
        return World.build(scenario, Seeds.runSeed(1, replicate++));
    }
}
