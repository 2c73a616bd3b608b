/**
 * Scenario files, the user-facing form of a {@link org.communitysim.scenario.Scenario} (docs/scenarios.md): reading
 * JSON or YAML, {@code extends}, {@code --set} overrides, validation with every problem reported together
 * ({@link org.communitysim.scenario.file.InputException}), and the same steps without a file
 * ({@link org.communitysim.scenario.file.ScenarioDraft}: resolve, set, validate, bind) for sweeps and Spark.
 */
package org.communitysim.scenario.file;
