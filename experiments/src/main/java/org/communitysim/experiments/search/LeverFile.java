package org.communitysim.experiments.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * The searched values written into a scenario file that extends the base (optimise's best.json, calibrate's
 * fitted.json): a declared field as its nested keys ({@code "group": {"threshold": 0.3}}), a number of the playbook
 * as the base's whole playbook with that number changed (a playbook is a list, and a file's list replaces its
 * parent's), so the file loads as the scenario the search ran.
 */
public final class LeverFile {
    private LeverFile() {
    }

    /** Puts {@code values[i]} of {@code parameters[i]} into {@code root}; the playbook's numbers through {@code base}. */
    public static void put(ObjectNode root, ScenarioDraft base, List<SearchParameter> parameters, double[] values) {
        ScenarioDraft withPlaybook = null;
        for (int i = 0; i < values.length; i++) {
            SearchParameter p = parameters.get(i);
            if (p.path().startsWith("playbook[")) {
                withPlaybook = (withPlaybook == null ? base.copy() : withPlaybook).set(p.path(), p.boxed(values[i]),
                        p.path());
                continue;
            }
            String[] parts = p.path().split("\\.");
            ObjectNode node = root;
            for (int k = 0; k < parts.length - 1; k++) {
                node = node.has(parts[k]) ? (ObjectNode) node.get(parts[k]) : node.putObject(parts[k]);
            }
            if (p.integer()) {
                node.put(parts[parts.length - 1], Math.round(values[i]));
            } else {
                node.put(parts[parts.length - 1], values[i]);
            }
        }
        if (withPlaybook != null) {
            JsonNode playbook = withPlaybook.get("playbook");
            root.set("playbook", playbook);
        }
    }
}
