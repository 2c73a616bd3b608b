/**
 * The edge where results become files: {@link org.communitysim.experiments.io.AtomicFiles} (whole or nothing) and
 * {@link org.communitysim.experiments.io.Csv} (typed rows to CSV and back, through jackson-dataformat-csv). Depends on
 * nothing else of the project.
 */
package org.communitysim.experiments.io;
