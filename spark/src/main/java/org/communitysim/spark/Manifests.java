package org.communitysim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.communitysim.experiments.io.AtomicFiles;

/** Adds what ran where to the manifest the local code wrote: engine, Spark version, master, parts, runs folder. */
final class Manifests {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifests() {
    }

    static void addSpark(Path manifest, JavaSparkContext sc, int parts, int batches, String runsFolder,
            boolean gzip) throws IOException {
        ObjectNode m = (ObjectNode) JSON.readTree(manifest.toFile());
        m.put("engine", "spark");
        m.put("spark_version", sc.version());
        m.put("spark_master", sc.master());
        m.put("default_parallelism", sc.defaultParallelism());
        m.put("partitions", parts);
        m.put("batches", batches);
        m.put("runs_folder", runsFolder);
        m.put("runs_compression", gzip ? "gzip" : "none");
        if (m.get("files") instanceof ArrayNode files) {
            files.insert(0, runsFolder);
        }
        AtomicFiles.writeString(manifest, JSON.writeValueAsString(m) + "\n");
    }
}
