package org.communitysim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claiming and locking results folders (issue 17 items 1-3, 11), with real folders and real threads. Before the fix
 * two writers into one new folder both went ahead (a mixed folder), nothing stopped two resumes of one sweep, and a
 * sweep's fallback folder name was built from the unsanitised name.
 */
class ResultsFolderTest {
    @TempDir
    Path dir;

    @Test
    void claimNew_eightThreadsRaceForOneNewFolder_exactlyOneWins() throws Exception {
        Path out = dir.resolve("a").resolve("out");
        int n = 8;
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return ResultsFolder.claimNew(out);
                } catch (ResultsFolder.FolderInUseException | ResultsFolder.FolderNotEmptyException e) {
                    return e;
                }
            }));
        }
        List<ResultsFolder> winners = new ArrayList<>();
        for (Future<Object> f : results) {
            Object o = f.get();
            if (o instanceof ResultsFolder r) {
                winners.add(r);
            } else {
                assertTrue(o instanceof ResultsFolder.FolderInUseException
                        || o instanceof ResultsFolder.FolderNotEmptyException, String.valueOf(o));
            }
        }
        pool.shutdown();
        assertEquals(1, winners.size(), "one claim wins");
        assertTrue(Files.exists(out.resolve(ResultsFolder.LOCK_FILE)));
        winners.get(0).keep();
        winners.get(0).close();
        assertFalse(Files.exists(out.resolve(ResultsFolder.LOCK_FILE)), "the lock file goes with the lock");
        try (var entries = Files.list(out)) {
            assertEquals(0, entries.count(), "a closed claim leaves only the results (here none)");
        }
    }

    @Test
    void claimNew_whileHeld_isInUseNamingThisPid() throws Exception {
        Path out = dir.resolve("out");
        try (ResultsFolder held = ResultsFolder.claimNew(out)) {
            ResultsFolder.FolderInUseException e = assertThrows(ResultsFolder.FolderInUseException.class,
                    () -> ResultsFolder.claimNew(out));
            assertEquals(Long.toString(ProcessHandle.current().pid()), e.holder());
            assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("pid "), e.getMessage());
        }
    }

    @Test
    void claimNew_folderWithResults_isNotEmpty() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("runs.csv"), "x\n");
        assertThrows(ResultsFolder.FolderNotEmptyException.class, () -> ResultsFolder.claimNew(out));
        assertFalse(Files.exists(out.resolve(ResultsFolder.LOCK_FILE)), "a refused claim leaves no lock file");
    }

    @Test
    void claimNew_aFile_isNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThrows(ResultsFolder.NotAFolderException.class, () -> ResultsFolder.claimNew(file));
    }

    @Test
    void claimNew_emptyExistingFolder_isClaimed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (ResultsFolder f = ResultsFolder.claimNew(out)) {
            assertEquals(out, f.dir());
        }
    }

    @Test
    void close_unkeptClaim_takesBackItsFilesAndTheFoldersItMadeButNotTheParentsThatWereThere() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("there"));
        Path out = parent.resolve("new").resolve("out");
        try (ResultsFolder f = ResultsFolder.claimNew(out)) {
            Files.writeString(out.resolve("runs.csv"), "half\n");
            Files.createDirectories(out.resolve("charts")).resolve("a.svg").toFile().createNewFile();
        } // the command failed before keep()
        assertFalse(Files.exists(parent.resolve("new")), "the folders the claim made are gone");
        assertTrue(Files.isDirectory(parent), "a parent that was there stays");
    }

    @Test
    void close_unkeptClaimOfAnEmptyFolderThatWasThere_emptiesItAndLeavesIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (ResultsFolder f = ResultsFolder.claimNew(out)) {
            Files.writeString(out.resolve("runs.csv"), "half\n");
        }
        try (var entries = Files.list(out)) {
            assertEquals(0, entries.count());
        }
    }

    @Test
    void close_keptClaim_leavesTheResults() throws Exception {
        Path out = dir.resolve("out");
        try (ResultsFolder f = ResultsFolder.claimNew(out)) {
            Files.writeString(out.resolve("runs.csv"), "whole\n");
            f.keep();
        }
        assertEquals(List.of("runs.csv"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void close_unkeptCreateUnique_takesBackItsFolderButNotResults() throws Exception {
        Path results = dir.resolve("results");
        Path made;
        try (ResultsFolder f = ResultsFolder.createUnique(results, "x")) {
            made = f.dir();
            Files.writeString(made.resolve("runs.csv"), "half\n");
        }
        assertFalse(Files.exists(made));
        assertTrue(Files.isDirectory(results));
    }

    @Test
    void openExisting_whileHeld_isRefusedThenFreeAfterClose() throws Exception {
        Path out = dir.resolve("sweep");
        ResultsFolder first = ResultsFolder.claimNew(out);
        first.keep();
        ResultsFolder.FolderInUseException e = assertThrows(ResultsFolder.FolderInUseException.class,
                () -> ResultsFolder.openExisting(out));
        assertEquals(Long.toString(ProcessHandle.current().pid()), e.holder());
        first.close();
        try (ResultsFolder again = ResultsFolder.openExisting(out)) {
            assertTrue(Files.exists(out.resolve(ResultsFolder.LOCK_FILE)));
        }
    }

    /**
     * A run killed (kill -9, or Ctrl-C before the shutdown hook could act) before it wrote anything leaves its folder
     * holding only a lock file nobody holds: a new claim takes it over. Beside any other file, it is still refused.
     */
    @Test
    void claimNew_onlyALockFileNobodyHolds_isTakenOver() throws Exception {
        Path out = Files.createDirectories(dir.resolve("killed"));
        Files.writeString(out.resolve(ResultsFolder.LOCK_FILE), "999999999 dead\n");
        try (ResultsFolder f = ResultsFolder.claimNew(out)) {
            assertTrue(Files.readString(out.resolve(ResultsFolder.LOCK_FILE))
                    .startsWith(ProcessHandle.current().pid() + " "));
            Files.writeString(out.resolve("runs.csv"), "new\n");
            f.keep();
        }
        assertEquals("new\n", Files.readString(out.resolve("runs.csv")));
        Path other = Files.createDirectories(dir.resolve("killed-later"));
        Files.writeString(other.resolve(ResultsFolder.LOCK_FILE), "999999999 dead\n");
        Files.writeString(other.resolve("daily.csv"), "partial");
        assertThrows(ResultsFolder.FolderNotEmptyException.class, () -> ResultsFolder.claimNew(other));
        assertEquals("partial", Files.readString(other.resolve("daily.csv")));
    }

    @Test
    void openExisting_lockFileLeftByAKilledProcess_isTakenOverAndOrphanTempFilesGo() throws Exception {
        Path out = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(out.resolve(ResultsFolder.LOCK_FILE), "999999999 dead\n"); // nobody holds it: kill -9
        Files.writeString(out.resolve(".runs.csv.123.tmp"), "partial"); // killed between write and rename
        Files.writeString(out.resolve("runs.csv"), "kept\n");
        try (ResultsFolder f = ResultsFolder.openExisting(out)) {
            assertFalse(Files.exists(out.resolve(".runs.csv.123.tmp")));
            assertTrue(Files.exists(out.resolve("runs.csv")));
            assertTrue(Files.readString(out.resolve(ResultsFolder.LOCK_FILE))
                    .startsWith(ProcessHandle.current().pid() + " "));
        }
    }

    @Test
    void openExisting_twoThreadsRace_exactlyOneHoldsIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("sweep"));
        for (int round = 0; round < 20; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return ResultsFolder.openExisting(out);
                    } catch (ResultsFolder.FolderInUseException e) {
                        return e;
                    }
                }));
            }
            List<ResultsFolder> holders = new ArrayList<>();
            for (Future<Object> f : results) {
                if (f.get() instanceof ResultsFolder r) {
                    holders.add(r); // still held: a winner closes only below, after both have tried
                }
            }
            pool.shutdown();
            assertEquals(1, holders.size(), "round " + round);
            holders.get(0).close();
        }
    }

    @Test
    void createUnique_traversalName_staysInsideTheParentEvenWhenTheFirstChoiceIsTaken() throws Exception {
        Path results = dir.resolve("results");
        String stem = ResultsFolder.safeName("../../../../tmp/x");
        assertEquals("_._.._.._.._tmp_x", stem); // "/" to "_", then the leading "." too
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // same second: the second and third take the -2 and -3 fallbacks
            try (ResultsFolder f = ResultsFolder.createUnique(results, stem)) {
                f.keep();
                made.add(f.dir());
            }
        }
        for (Path p : made) {
            assertEquals(results, p.getParent(), p.toString());
            assertTrue(p.getFileName().toString().startsWith(stem + "-"), p.toString());
        }
        assertEquals(3, made.stream().distinct().count());
        assertThrows(IllegalArgumentException.class, () -> ResultsFolder.createUnique(results, "../x"));
    }

    @Test
    void safeName_hiddenDotsAndEmpty_becomeOrdinaryNames() {
        assertEquals("_.", ResultsFolder.safeName(".."));
        assertEquals("_", ResultsFolder.safeName(""));
        assertEquals("a_b", ResultsFolder.safeName("a/b"));
        assertEquals(80, ResultsFolder.safeName("x".repeat(500)).length());
    }
}
