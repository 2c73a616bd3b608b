package org.communitysim.scenario.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scenario being assembled: the defaults, then each file of the extends chain, then the --set overrides,
 * deep-merged in that order (objects key by key, anything else replaces). Remembers which layer set each value
 * so an error names the file (or the --set) the user has to fix, not the file they happened to load.
 */
final class LayeredTree {
    private final ObjectNode root;
    /**
     * Path → the layer that last set it; a value set as part of a replaced object is found by its prefix. Sorted, so
     * the paths under a replaced one are a range removed in logarithmic time (a scan of every path per key made a
     * file of 80,000 keys take minutes).
     */
    private final TreeMap<String, String> sources = new TreeMap<>();

    LayeredTree(ObjectNode base, String source) {
        this.root = base.deepCopy();
        sources.put("", source);
    }

    private LayeredTree(LayeredTree other) {
        this.root = other.root.deepCopy();
        this.sources.putAll(other.sources);
    }

    /** An independent copy: setting values in one does not change the other. */
    LayeredTree copy() {
        return new LayeredTree(this);
    }

    ObjectNode root() {
        return root;
    }

    void merge(ObjectNode overlay, String source) {
        merge(root, overlay, "", source);
    }

    private void merge(ObjectNode target, ObjectNode overlay, String prefix, String source) {
        for (Map.Entry<String, JsonNode> e : overlay.properties()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode overlayObject) {
                merge(existingObject, overlayObject, path, source);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
                setSource(path, source);
            }
        }
    }

    /**
     * Replaces the value at a dotted path whose parents are objects. Returns false, changing nothing, when a
     * parent is not an object (a file replaced that section by a scalar; the validator reports that).
     */
    boolean set(String path, JsonNode value, String source) {
        String[] keys = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            if (!(node.get(keys[i]) instanceof ObjectNode child)) {
                return false;
            }
            node = child;
        }
        node.set(keys[keys.length - 1], value);
        setSource(path, source);
        return true;
    }

    /** The layer that set the value at this path (or the object containing it). */
    String sourceOf(String path) {
        for (String p = path; ; p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            String s = sources.get(p);
            if (s != null) {
                return s;
            }
        }
    }

    private void setSource(String path, String source) {
        sources.subMap(path + ".", path + "/").clear(); // '/' follows '.': exactly the paths below this one
        sources.put(path, source);
    }
}
