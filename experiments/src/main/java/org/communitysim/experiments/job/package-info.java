/**
 * The jobs: one command's work from runs to files. A job runs a runner ({@code montecarlo}, {@code sweep},
 * {@code validation}), writes its typed rows as CSV, then the report ({@code report}) and manifest.json last. Jobs sit
 * above both runners and reports, so results flow one way: a runner never sees a report, a report never runs
 * anything. {@code cli}, {@code lesson} and the Spark module call jobs; {@code ArchitectureTest} keeps the layers.
 */
package org.communitysim.experiments.job;
