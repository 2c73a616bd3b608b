package org.communitysim.experiments.cli;

import picocli.CommandLine.Option;

/** The seed option of the commands whose spec file has a seed of its own ({@code calibrate}, {@code optimise}). */
final class SeedOption {
    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the spec's seed, else 42).")
    Long seed;
}
