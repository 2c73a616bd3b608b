package org.communitysim.experiments.report;

/** One row of a page's table of facts (seed, version, wall time…): a label and its value, both plain text. */
record Fact(String label, String value) {
}
