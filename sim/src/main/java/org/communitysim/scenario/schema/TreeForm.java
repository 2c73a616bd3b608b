package org.communitysim.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The type of a scenario field whose value has a structure of its own rather than being a record (the playbook: a
 * list of actions, each a different kind of trigger and effect). The schema declares such a field once, like any
 * other ({@code default}, {@code meaning}); the type writes itself as a JSON tree and must offer
 * {@code public static T fromTree(JsonNode)}, which the binding calls (and which refuses a malformed tree with an
 * {@link IllegalArgumentException}). Checks that need the whole scenario (days within the horizon) are the type's
 * and the loader's, not the schema's.
 */
public interface TreeForm {
    /** This value as the JSON a scenario file would hold. */
    JsonNode toTree();
}
