package org.communitysim.experiments.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.communitysim.experiments.io.CsvShape;

/**
 * The Parquet copies of one results folder's CSV files ({@link ParquetStore#besideCsv}), written on one background
 * thread through one DuckDB connection, while the caller goes on (drawing the charts, rendering the report). DuckDB
 * costs ~0.5 s to start in each process (it unpacks and loads its 60 MB native library) and a connection per file
 * repeated part of that; now it starts once, and off the critical path (docs/performance.md, "End to end").
 *
 * <p>Same bytes as {@link ParquetStore#besideCsv}: the same statement with the same settings (one DuckDB thread), in
 * the order submitted. The folder stays atomic in the job's sense: {@link #finish} waits for every copy and rethrows
 * the first failure, and the job writes manifest.json only after it; {@link #close} (always, in try-with-resources)
 * waits for the thread to stop, so nothing is written into the folder after the job has left it.
 */
public final class ParquetCopies implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "community-sim-parquet");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();
    private final Path spill;
    private Connection connection;

    /** Copies into {@code dir} (DuckDB spills into {@code dir/.duckdb-spill}, deleted when closed). */
    public ParquetCopies(Path dir) {
        this.spill = dir.toAbsolutePath().resolve(".duckdb-spill");
    }

    /** Queues {@code X.parquet} beside {@code X.csv} (written with {@code shape}); returns its path at once. */
    public Path besideCsv(Path csv, CsvShape shape) {
        Path target = ParquetStore.parquetOf(csv);
        pending.add(thread.submit(() -> {
            if (connection == null) {
                connection = Duck.open(spill, 1);
            }
            ParquetStore.convert(connection, csv, shape, target, ParquetStore.Sort.NONE, ParquetStore.PART_ROWS);
            return null;
        }));
        return target;
    }

    /** Waits for every queued copy; the first failure is rethrown (an I/O failure as itself). */
    public void finish() throws IOException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the Parquet copies");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }
    }

    /** Stops the thread (after the copy under way, if any), closes the connection and deletes the spill folder. */
    @Override
    public void close() throws IOException {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("the Parquet copies did not stop within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the Parquet copies");
        }
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IOException("DuckDB: " + e.getMessage(), e);
        } finally {
            connection = null;
            ParquetStore.deleteTree(spill);
        }
    }
}
