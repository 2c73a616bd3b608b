package org.communitysim.experiments.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.scenario.file.InputException;

/**
 * The commands' side of {@link ResultsFolder}: the option that named a folder, and a refusal (not empty, in use by
 * another process, not a folder) as an input error (exit 2) that names the option, the folder and the holder's pid.
 */
final class OutFolders {
    private OutFolders() {
    }

    /** The folder for new results: {@code --out DIR} when given, else a new {@code results/<names>-<timestamp>}. */
    static ResultsFolder claim(Path out, List<String> names) throws InputException, IOException {
        if (out == null) {
            return ResultsFolder.createUnique(Path.of("results"), ResultsFolder.safeName(String.join("-vs-", names)));
        }
        requireNonEmpty("--out", out);
        try {
            return ResultsFolder.claimNew(out);
        } catch (ResultsFolder.FolderInUseException | ResultsFolder.FolderNotEmptyException
                | ResultsFolder.NotAFolderException e) {
            throw new InputException("--out " + e.getMessage());
        }
    }

    /**
     * As {@link #claim}, for a command whose folder can be continued with {@code --resume}: an {@code --out} that
     * already holds such results (its {@code specFile}) is refused naming {@code --resume}. Only once the claim is
     * refused as not empty: a folder another process is writing is refused as in use, with its pid.
     */
    static ResultsFolder claimResumable(Path out, List<String> names, String specFile, String command)
            throws InputException, IOException {
        if (out == null) {
            return claim(null, names);
        }
        requireNonEmpty("--out", out);
        try {
            return ResultsFolder.claimNew(out);
        } catch (ResultsFolder.FolderNotEmptyException e) {
            if (Files.exists(out.resolve(specFile))) {
                throw new InputException("--out " + out + " already holds " + command + " results; continue them with "
                        + "--resume " + out + " or choose another --out");
            }
            throw new InputException("--out " + e.getMessage());
        } catch (ResultsFolder.FolderInUseException | ResultsFolder.NotAFolderException e) {
            throw new InputException("--out " + e.getMessage());
        }
    }

    /** What a command writes into its claimed folder; returns what the command reports. */
    @FunctionalInterface
    interface FolderJob<T> {
        T writeInto(Path dir) throws Exception;
    }

    /** A job's result and the folder it wrote. */
    record Written<T>(Path dir, T result) {
    }

    /**
     * Claims the folder ({@link #claim}), runs the job into it and keeps the folder only if the job returns: a job
     * that throws leaves no half-written folder ({@link ResultsFolder#keep}).
     */
    static <T> Written<T> write(Path out, List<String> names, FolderJob<T> job) throws Exception {
        try (ResultsFolder folder = claim(out, names)) {
            T result = job.writeInto(folder.dir());
            folder.keep();
            return new Written<>(folder.dir(), result);
        }
    }

    /**
     * A resumable search (calibrate, optimise) into a new {@code --out} folder ({@link #claimResumable}) or, continued,
     * into its {@code --resume} folder, locked for the whole job so a second process is refused, never interleaved. The
     * folder is kept if the job returns, and also if it fails once its journal has started ({@code specFile} written):
     * such a search is continued with {@code --resume}, not lost; a job that fails before leaves nothing.
     */
    static <T> Written<T> writeResumable(Path resume, Path out, List<String> names, String specFile, String command,
            FolderJob<T> job) throws Exception {
        try (ResultsFolder folder = resume != null ? resume(resume) : claimResumable(out, names, specFile, command)) {
            Path dir = folder.dir();
            try {
                T result = job.writeInto(dir);
                folder.keep();
                return new Written<>(dir, result);
            } finally {
                if (Files.exists(dir.resolve(specFile))) {
                    folder.keep();
                }
            }
        }
    }

    /** A resumed {@code noun} writes into its {@code --resume} folder: an {@code --out} naming another is refused. */
    static void requireOneFolder(Path resume, Path out, String noun) throws InputException {
        if (resume != null && out != null && !resume.equals(out)) {
            throw new InputException("give either --resume DIR or --out DIR (a resumed " + noun + " writes into DIR)");
        }
    }

    /** A folder that holds results to continue ({@code --resume DIR}). */
    static ResultsFolder resume(Path dir) throws InputException, IOException {
        requireNonEmpty("--resume", dir);
        try {
            return ResultsFolder.openExisting(dir);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException("--resume " + dir + ": no such folder");
        } catch (ResultsFolder.FolderInUseException | ResultsFolder.NotAFolderException e) {
            throw new InputException("--resume " + e.getMessage());
        }
    }

    /** An empty string is not a folder: Path.of("") is the working directory, where results were once written. */
    static void requireNonEmpty(String option, Path p) throws InputException {
        if (p.toString().isBlank()) {
            throw new InputException(option + ": expected a folder path, got an empty string");
        }
    }
}
