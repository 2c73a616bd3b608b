/**
 * The fields of a tree of records, each declared once: {@link org.communitysim.scenario.schema.Schema} reads a
 * declarations resource (default, range, unit and meaning per field; the scenario's is
 * {@code org/communitysim/scenario/reference.yaml}) against the records' components, and
 * {@link org.communitysim.scenario.schema.RecordTrees} turns records into JSON trees and back. Generic over the
 * root record: the scenario records depend on this package, never the other way round.
 */
package org.communitysim.scenario.schema;
