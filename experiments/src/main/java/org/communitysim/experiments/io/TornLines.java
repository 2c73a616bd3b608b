package org.communitysim.experiments.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** The torn last line of a journal: what a kill (even {@code kill -9}) in the middle of writing a line leaves. */
public final class TornLines {
    private TornLines() {
    }

    /** Cuts a last line without its line end off a journal; a file that ends with a line end is left as it is. */
    public static void cut(Path journal) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(journal.toFile(), "rw")) {
            long length = raf.length();
            long pos = length - 1;
            while (pos >= 0) {
                raf.seek(pos);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            long keep = pos + 1;
            if (keep < length) {
                raf.setLength(keep);
            }
        }
    }
}
