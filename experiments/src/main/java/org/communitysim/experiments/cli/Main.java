package org.communitysim.experiments.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import org.communitysim.experiments.report.CliLabels;
import org.communitysim.experiments.report.Lang;
import org.communitysim.model.World;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The community-sim command line. Exit codes: 0 success, 1 a bug (an unexpected failure), 2 an input error (a bad
 * file, option or value, or a results folder that is taken), 3 an environment error (a file or folder that cannot be
 * read or written: permissions, a read-only or full disk), always naming the path (docs/cli.md, "Exit codes").
 */
@Command(name = "community-sim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulate community growth strategies and compare them by Monte Carlo.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, QueryCommand.class, CalibrateCommand.class, OptimiseCommand.class, LessonCommand.class, ValidateModelCommand.class, DescribeCommand.class,
            ValidateCommand.class, ListCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INPUT_ERROR = 2;
    public static final int ENVIRONMENT_ERROR = 3;
    /** At most this many problems are printed (a generated file can have 80,000 unknown keys); then a count. */
    static final int MAX_PROBLEMS_PRINTED = 50;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: the usage, on the error stream, and exit code 2 (a usage error, as a bad option is). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INPUT_ERROR;
    }

    public static void main(String[] args) {
        org.communitysim.experiments.io.PhaseLog.mark("jvm start to main");
        int code = execute(args, System.out, System.err);
        org.communitysim.experiments.io.PhaseLog.mark("done");
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code (never calls System.exit). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(new Main(), false, args, out, err);
    }

    /**
     * Runs a picocli command tree with this program's conventions: UTF-8 streams, exit code 2 and every problem on
     * its own {@code error:} line for an {@link InputException} or a bad option, exit code 1 and one line (the stack
     * trace only with COMMUNITY_SIM_DEBUG set) for anything else. Other front ends (the Spark jar) share it.
     *
     * @param root          the top command object
     * @param firstLineOnly print only the first line of a runtime failure's message (Spark's are many lines long)
     */
    public static int execute(Object root, boolean firstLineOnly, String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> e instanceof InputException || worldProblem(e) != null ? INPUT_ERROR
                : environmentFailure(e) != null ? ENVIRONMENT_ERROR : FAILURE);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            Lang lang = ErrorText.lang(List.of(a));
            e.println(ErrorText.line(oneLine(ex.getMessage()), lang));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println(ErrorText.usageHint(ex.getCommandLine().getCommandSpec().qualifiedName(), lang));
            e.flush();
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter e = c.getErr();
            Lang lang = ErrorText.lang(parsed.originalArgs());
            if (ex instanceof InputException input) {
                List<String> problems = input.problems();
                for (String p : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_PRINTED))) {
                    e.println(ErrorText.line(oneLine(p), lang));
                }
                if (problems.size() > MAX_PROBLEMS_PRINTED) {
                    e.println(ErrorText.moreProblems(problems.size() - MAX_PROBLEMS_PRINTED, lang));
                }
                e.flush();
                return INPUT_ERROR;
            }
            World.WorldException world = worldProblem(ex);
            if (world != null) { // the scenario does not fit the world it drew: the input's problem, no stack trace
                e.println(ErrorText.line(oneLine(world.getMessage()), lang));
                e.flush();
                return INPUT_ERROR;
            }
            IOException io = environmentFailure(ex);
            if (io != null) {
                e.println(ErrorText.line(describe(io), lang));
                e.println(ErrorText.note(CliLabels.E.ENVIRONMENT_NOTE, lang));
                if (System.getenv("COMMUNITY_SIM_DEBUG") != null) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return ENVIRONMENT_ERROR;
            }
            String msg = ex.getMessage() != null ? ex.getMessage() : ex.toString();
            int nl = msg.indexOf('\n');
            e.println(ErrorText.line(firstLineOnly && nl > 0 ? msg.substring(0, nl) : msg, lang));
            if (System.getenv("COMMUNITY_SIM_DEBUG") != null) {
                ex.printStackTrace(e);
            } else {
                e.println(ErrorText.note(CliLabels.E.RUNTIME_NOTE, lang));
            }
            e.flush();
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** The world's refusal of the scenario behind {@code e} (itself, or anywhere in its causes), or null. */
    static World.WorldException worldProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof World.WorldException w) {
                return w;
            }
        }
        return null;
    }

    /** The I/O failure behind {@code e} (itself, or the cause of an UncheckedIOException), or null. */
    static IOException environmentFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (!(t instanceof UncheckedIOException) && !(t instanceof java.util.concurrent.ExecutionException)) {
                return null;
            }
        }
        return null;
    }

    /** "PATH: reason" for a file-system failure (Java's own messages of some of them are the bare path). */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : "cannot be read or written";
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"community-sim " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    /**
     * A problem as one line: a value echoed from the command line or a file may hold line breaks or other control
     * characters, which are shown escaped (\\n, \\r, \\uXXXX) so every line of the output starts with "error:".
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(c) && c != '\t') {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
