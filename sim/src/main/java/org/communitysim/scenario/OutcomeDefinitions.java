package org.communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.schema.TreeForm;

/**
 * The custom outcomes of a scenario ({@code metrics.outcomes}, docs/scenarios.md "Custom outcomes"), in file order:
 * the order of their columns after the built-in outcomes. Empty by default.
 *
 * @param list the definitions; names are unique
 */
public record OutcomeDefinitions(List<OutcomeDefinition> list) implements TreeForm {
    public static final OutcomeDefinitions NONE = new OutcomeDefinitions(List.of());

    public OutcomeDefinitions {
        list = List.copyOf(list);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (OutcomeDefinition d : list) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("metrics.outcomes: the name " + d.name() + " is defined twice");
            }
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    @Override
    public JsonNode toTree() {
        return OutcomeDefinitionsJson.write(this);
    }

    /**
     * The definitions written in {@code node} (a JSON list), checked for everything but what needs the rest of the
     * scenario and the model (days within the horizon, metric names, clashes with built-in outcomes: the loader's).
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public static OutcomeDefinitions fromTree(JsonNode node) {
        List<String> problems = new ArrayList<>();
        OutcomeDefinitions d = OutcomeDefinitionsJson.read(node, OutcomeDefinitionsJson.Checks.STRUCTURE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return d;
    }
}
