package org.communitysim.experiments.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A results folder owned by this process for as long as it writes into it. Ownership is an exclusive advisory lock
 * ({@link FileChannel#tryLock}) on the file {@value #LOCK_FILE} inside the folder, which holds the owner's process
 * id; the operating system drops the lock when the process ends, however it ends (kill -9 included), so a lock is
 * never stale: a lock file nobody holds is simply taken over. The lock file is deleted when the folder is closed,
 * so a finished folder holds only results.
 *
 * <p>Two ways to own a folder:
 * <ul>
 * <li>{@link #claimNew}: a folder for new results (run, compare, a new sweep). Claiming creates the lock file with
 * {@code CREATE_NEW}, which exactly one process can do, and only then looks whether the folder is empty; so "the
 * folder holds no results" and "these results are the only ones written into it" are one atomic step: of two
 * processes given the same new --out, one writes and the other is refused before writing anything.</li>
 * <li>{@link #openExisting}: a folder that already holds results to continue (sweep --resume). A second process
 * resuming the same folder is refused, so two journals are never interleaved.</li>
 * </ul>
 * A refusal is a {@link FolderInUseException} (the folder and the holder's pid) or a {@link FolderNotEmptyException};
 * an I/O failure (read-only folder, full disk) is an {@link IOException} naming the path.
 *
 * <p>A folder claimed for new results holds results only once the command says so ({@link #keep}): closed without
 * it (the command failed: bad input found late, a full disk, a bug) the claim takes back what it wrote and the
 * folders it created, so a failed command leaves no half-written folder for a later reader to mistake for results.
 * A folder opened to continue ({@link #openExisting}) is always kept: its journal is what a later --resume needs.
 */
public final class ResultsFolder implements AutoCloseable {
    /** The lock file inside a results folder while a process writes into it. */
    public static final String LOCK_FILE = ".community-sim.lock";
    /** How long a claim waits for the lock on a lock file it created itself (another process may be probing it). */
    private static final long OWN_LOCK_WAIT_MILLIS = 2_000;

    private final Path dir;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    /** The folders the claim created, deepest first: taken back with the contents when the claim is not kept. */
    private final List<Path> created;
    private boolean kept;

    private ResultsFolder(Path dir, Path lockFile, FileChannel channel, FileLock lock, List<Path> created,
            boolean kept) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
        this.kept = kept;
        OPEN.add(this);
    }

    /**
     * The folders this process holds: on Ctrl-C or SIGTERM (a shutdown hook; finally blocks do not run then) every
     * unkept one that holds nothing but its lock file yet is taken back, so an interrupted run leaves no folder behind.
     * One with files in it is left alone: its writer may still be running, and a later claim refuses it as not empty.
     */
    private static final java.util.Set<ResultsFolder> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ResultsFolder f : OPEN) {
                f.abandonIfEmpty();
            }
        }, "community-sim-results-folders"));
    }

    private void abandonIfEmpty() {
        try {
            if (kept || !lock.isValid() || !onlyTheLockFile(dir)) {
                return;
            }
            Files.deleteIfExists(lockFile);
            lock.release();
            channel.close();
            deleteCreatedFolders();
        } catch (IOException | RuntimeException e) {
            // the process is ending: what cannot be taken back stays, and a later claim says why it refuses it
        }
    }

    /** Whether {@code dir} holds nothing but the lock file. */
    private static boolean onlyTheLockFile(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(LOCK_FILE));
        }
    }

    /** The folder is locked by another live process (or another thread of this one). */
    public static final class FolderInUseException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;
        private final String holder;

        FolderInUseException(Path dir, String holder) {
            super(dir + ": in use by another community-sim process (pid " + holder + "); wait for it to finish, or "
                    + "choose another folder");
            this.dir = dir;
            this.holder = holder;
        }

        public Path dir() {
            return dir;
        }

        /** The holder's process id as its lock file says, or "unknown". */
        public String holder() {
            return holder;
        }
    }

    /** The folder given for new results already holds files. */
    public static final class FolderNotEmptyException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;

        FolderNotEmptyException(Path dir) {
            super(dir + ": the folder is not empty; choose a new folder so earlier results are not mixed with these");
            this.dir = dir;
        }

        public Path dir() {
            return dir;
        }
    }

    /** The path exists and is not a folder. */
    public static final class NotAFolderException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAFolderException(Path path) {
            super(path + ": exists and is not a folder");
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * Marks the folder's contents as results to keep when it is closed. Call it when the command has written
     * everything (or, for a sweep, once its journal can be resumed); without it {@link #close} takes back what this
     * claim wrote.
     */
    public void keep() {
        kept = true;
    }

    /**
     * Claims a folder for new results: creates it (and its parents) if missing and locks it; refused when it holds
     * anything or another process holds it.
     */
    public static ResultsFolder claimNew(Path dir) throws IOException, FolderInUseException, FolderNotEmptyException,
            NotAFolderException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotAFolderException(dir);
        }
        List<Path> created = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            created.add(p);
        }
        Files.createDirectories(dir);
        return claimCreated(dir, created);
    }

    /** Claims {@code dir}, which exists; {@code created}: the folders this invocation created for it, deepest first. */
    private static ResultsFolder claimCreated(Path dir, List<Path> created) throws IOException, FolderInUseException,
            FolderNotEmptyException {
        Path lockFile = dir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (FileAlreadyExistsException e) {
            String holder = heldBy(lockFile);
            if (holder != null) {
                throw new FolderInUseException(dir, holder);
            }
            if (!onlyTheLockFile(dir)) {
                throw new FolderNotEmptyException(dir); // a lock file nobody holds beside files: an interrupted run's
            }
            // nothing but a lock file nobody holds: a run killed before it wrote anything; the folder is taken over
            ResultsFolder folder = lockExisting(dir, created, false);
            if (!onlyTheLockFile(dir)) { // another process wrote there between the look and the lock
                folder.keep();
                folder.close();
                throw new FolderNotEmptyException(dir);
            }
            return folder;
        }
        ResultsFolder folder = null;
        try {
            FileLock lock = waitForOwnLock(channel);
            folder = new ResultsFolder(dir, lockFile, channel, lock, List.copyOf(created), false);
            writeToken(channel);
            if (!onlyTheLockFile(dir)) {
                throw new FolderNotEmptyException(dir);
            }
            return folder;
        } catch (IOException | FolderNotEmptyException | RuntimeException e) {
            if (folder != null) {
                folder.keep(); // refused: the files there are someone else's
                folder.close();
            } else {
                channel.close();
                Files.deleteIfExists(lockFile);
            }
            throw e;
        }
    }

    /**
     * A new folder {@code parent/stem-yyyyMMdd-HHmmss} (then {@code -2}, {@code -3}...), created with
     * {@link Files#createDirectory} so two invocations in the same second never share one, and claimed.
     *
     * @param stem a single file-name component; callers pass a sanitised name ({@link #safeName})
     */
    public static ResultsFolder createUnique(Path parent, String stem) throws IOException {
        if (!stem.equals(safeName(stem))) {
            throw new IllegalArgumentException("not a safe folder name: " + stem);
        }
        Files.createDirectories(parent);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int i = 1; ; i++) {
            Path p = parent.resolve(stem + "-" + stamp + (i == 1 ? "" : "-" + i));
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                continue; // taken by an earlier invocation this second: try the next suffix
            }
            try {
                return claimCreated(p, List.of(p.toAbsolutePath()));
            } catch (FolderInUseException | FolderNotEmptyException e) {
                continue; // another process got into the folder this one just created: leave it to it
            }
        }
    }

    /**
     * A name made safe as one file-name component: every character but letters, digits, '_', '.' and '-' becomes
     * '_', a leading '.' too (no hidden folder, no "." or ".."), at most 80 characters; never empty.
     */
    public static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.isEmpty() ? "_" : s;
    }

    /** Locks a folder that already holds results, to continue them; refused while another process holds it. */
    public static ResultsFolder openExisting(Path dir) throws IOException, FolderInUseException, NotAFolderException {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new NotAFolderException(dir);
            }
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        ResultsFolder folder = lockExisting(dir, List.of(), true);
        try {
            AtomicFiles.deleteOrphans(dir); // a run killed while renaming its files into place left these
        } catch (IOException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** Locks the existing folder {@code dir} through its lock file (created if missing); refused while it is held. */
    private static ResultsFolder lockExisting(Path dir, List<Path> created, boolean kept) throws IOException,
            FolderInUseException {
        Path lockFile = dir.resolve(LOCK_FILE);
        while (true) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another thread of this process
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw new FolderInUseException(dir, Objects.requireNonNullElse(readPid(lockFile), "unknown"));
            }
            String token;
            try {
                token = writeToken(channel);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            if (!token.equals(readQuietly(lockFile))) {
                // the holder deleted the lock file between our open and our lock: this lock guards nothing; again
                channel.close();
                continue;
            }
            return new ResultsFolder(dir, lockFile, channel, lock, List.copyOf(created), kept);
        }
    }

    /**
     * Takes back what an unkept claim wrote, deletes the lock file, then releases the lock. Only the holder ever
     * deletes the lock file and a claim only creates one where none is, so while this process holds the lock the
     * path is its file. The folders the claim created go last, after the lock: each only if still empty, since
     * another process may claim the folder the moment the lock file is gone.
     */
    @Override
    public void close() throws IOException {
        OPEN.remove(this);
        try {
            if (lock.isValid()) {
                if (!kept) {
                    deleteContents();
                }
                Files.deleteIfExists(lockFile);
            }
        } finally {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
                if (!kept) {
                    deleteCreatedFolders();
                }
            }
        }
    }

    /** Everything in the folder but the lock file: it was empty when claimed, so all of it is this claim's. */
    private void deleteContents() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.equals(lockFile)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void deleteCreatedFolders() throws IOException {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                return; // claimed again by another process, or a parent that holds other things now
            }
        }
    }

    /** Writes "pid nonce" into the lock file; the nonce tells a lock on this file from one on a deleted file. */
    private static String writeToken(FileChannel channel) throws IOException {
        String token = ProcessHandle.current().pid() + " " + Long.toHexString(NONCES.nextLong()) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return token;
    }

    private static final java.security.SecureRandom NONCES = new java.security.SecureRandom();

    /** Waits for the lock on a file this process created: only a probe by another process can hold it, briefly. */
    private static FileLock waitForOwnLock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + OWN_LOCK_WAIT_MILLIS * 1_000_000;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("cannot lock " + channel + ": held by another process for over "
                        + OWN_LOCK_WAIT_MILLIS + " ms");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while locking a results folder", e);
            }
        }
    }

    /**
     * The pid written in a lock file that a live process holds, or null when nobody holds it. Probes with a shared
     * lock, released at once; a claim that is creating the file waits for it ({@link #waitForOwnLock}).
     */
    private static String heldBy(Path lockFile) throws IOException {
        try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = probe.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                lock.release();
                return null;
            }
        } catch (NoSuchFileException e) {
            return null; // released and deleted since: nobody holds it now
        }
        return Objects.requireNonNullElse(readPid(lockFile), "unknown");
    }

    /** The pid at the start of a lock file, or null if there is none (yet). */
    private static String readPid(Path lockFile) {
        String s = readQuietly(lockFile);
        if (s == null) {
            return null;
        }
        String pid = s.trim().split("\\s+")[0];
        return pid.matches("[0-9]{1,19}") ? pid : null;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }
}
