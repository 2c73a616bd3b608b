package org.communitysim.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.report.Lang;

/** The files a finished sweep adds to its folder beside runs.csv, points.csv and sensitivity.csv: manifest.json. */
public final class SweepOutputs {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepOutputs() {
    }

    public static void write(SweepResult result, Lang lang, Path dir) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "community-sim");
        m.put("version", result.version());
        m.put("command", result.command());
        m.put("spec", result.spec().file().toString());
        m.put("design", result.spec().design().name().toLowerCase(java.util.Locale.ROOT));
        m.put("points", result.points().size());
        m.put("replicates", result.spec().replicates());
        m.put("runs", result.runs());
        m.put("runs_this_invocation", result.ranNow());
        m.put("master_seed", result.spec().seed());
        m.put("wall_seconds", Math.round(result.wallSeconds() * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("language", lang.name().toLowerCase(java.util.Locale.ROOT));
        m.put("resolved_spec", SweepRunner.SPEC_FILE);
        AtomicFiles.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
        org.communitysim.experiments.report.SweepReport.write(result, lang, dir);
    }
}
