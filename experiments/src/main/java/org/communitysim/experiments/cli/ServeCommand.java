package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.communitysim.experiments.serve.LiveServer;
import org.communitysim.experiments.serve.ServeLimits;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the live page (docs/serve.md), until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the live page: sliders for the levers, the group evolving day by day, two strategies side by side.",
            "Open the printed address in a browser; Ctrl-C stops the server."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", defaultValue = "7070",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Another address lets other "
                    + "machines in: the page has no login.")
    String host;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder exports are written under (default: ${DEFAULT-VALUE}).")
    Path results;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new InputException("--port must be in [0, 65535], got " + port);
        }
        LiveServer server;
        try {
            server = LiveServer.start(new LiveServer.Config(host, port, results, Main.version(), ServeLimits.DEFAULT));
        } catch (RuntimeException e) {
            throw new InputException("cannot serve on " + host + ":" + port + ": " + rootMessage(e)
                    + (port != 0 ? " (is the port taken? try --port 0)" : ""));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("community-sim serve: open " + server.url() + "  (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
