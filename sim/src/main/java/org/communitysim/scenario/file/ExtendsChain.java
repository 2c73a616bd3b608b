package org.communitysim.scenario.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.communitysim.scenario.schema.Values;

/**
 * Follows {@code "extends"} from a scenario file to its ancestors and merges them, eldest first, over the
 * defaults. A parent contributes everything but its name and description: those say what the child is.
 * Paths ({@code extends}, {@code network.edgeListPath}) are relative to the file that contains them, so a
 * folder of scenarios works wherever it is copied.
 */
final class ExtendsChain {
    static final String EXTENDS = "extends";
    /**
     * The longest chain of files a scenario may extend through. Real chains are two or three files deep; the bound
     * turns a generated chain of thousands (a StackOverflowError in the recursion) into an input error.
     */
    static final int MAX_DEPTH = 32;

    private ExtendsChain() {
    }

    /** One file of the chain, its {@code extends} key removed and its paths made absolute. */
    private record Layer(Path file, ObjectNode tree) {
    }

    static LayeredTree resolve(Path file, ObjectNode defaults) throws InputException {
        List<Layer> chain = new ArrayList<>();
        collect(file, null, new ArrayList<>(), chain);
        LayeredTree tree = new LayeredTree(defaults, "defaults");
        for (int i = 0; i < chain.size(); i++) {
            Layer layer = chain.get(i);
            boolean ancestor = i < chain.size() - 1;
            if (ancestor) {
                layer.tree().remove(List.of("name", "description", "descriptionZh"));
            }
            tree.merge(layer.tree(), layer.file().toString());
        }
        return tree;
    }

    /** Depth first: parents are added to {@code chain} before the file that extends them. */
    private static void collect(Path file, Path referrer, List<Path> visiting, List<Layer> chain)
            throws InputException {
        int seen = indexOfSameFile(visiting, file);
        if (seen >= 0) {
            String cycle = visiting.subList(seen, visiting.size()).stream().map(Path::toString)
                    .collect(Collectors.joining(" -> "));
            throw new InputException(referrer + ": cyclic extends: " + cycle + " -> " + file);
        }
        if (visiting.size() >= MAX_DEPTH) {
            throw new InputException(referrer + ": extends: the chain of parent files is longer than " + MAX_DEPTH
                    + " files (" + visiting.get(0) + " -> ... -> " + file + "); flatten it");
        }
        if (referrer != null && !Files.exists(file)) {
            throw new InputException(referrer + ": extends: parent scenario file not found: " + file);
        }
        ObjectNode tree = ScenarioFileReader.read(file);
        makeEdgeListAbsolute(tree, file);
        JsonNode parent = tree.remove(EXTENDS);
        if (parent != null) {
            if (!parent.isTextual() || parent.asText().isBlank()) {
                throw new InputException(file + ": extends: expected the path of another scenario file "
                        + "(a non-blank string), got " + Values.describe(parent));
            }
            visiting.add(file);
            collect(besides(file, parent.asText()), file, visiting, chain);
            visiting.remove(visiting.size() - 1);
        }
        chain.add(new Layer(file, tree));
    }

    private static int indexOfSameFile(List<Path> files, Path file) {
        Path identity = file.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).toAbsolutePath().normalize().equals(identity)) {
                return i;
            }
        }
        return -1;
    }

    /** A path written in {@code file}, resolved against that file's folder (relative if the file's path is). */
    private static Path besides(Path file, String written) throws InputException {
        try {
            Path dir = file.getParent();
            return (dir == null ? Path.of(written) : dir.resolve(written)).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(file + ": extends: not a valid path: \"" + written + "\"");
        }
    }

    private static void makeEdgeListAbsolute(ObjectNode tree, Path file) {
        JsonNode p = tree.path("network").path("edgeListPath");
        if (tree.get("network") instanceof ObjectNode network && p.isTextual() && !p.asText().isBlank()) {
            try {
                Path dir = file.toAbsolutePath().getParent();
                network.put("edgeListPath", dir.resolve(p.asText()).normalize().toString());
            } catch (InvalidPathException e) {
                // left as written; the validator reports it as not a valid path
            }
        }
    }
}
