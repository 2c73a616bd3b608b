/**
 * The columnar results store (docs/outputs.md, "Parquet"): every tidy CSV of a results folder gets a Parquet copy with
 * the same rows and column types ({@link org.communitysim.experiments.store.ParquetStore}), and SQL runs over one or
 * several results folders ({@link org.communitysim.experiments.store.ResultsQuery}). Both go through embedded DuckDB
 * (JDBC, in-process, no server). Sits in the io layer beside {@code io}, whose CSV edge it builds on.
 */
package org.communitysim.experiments.store;
