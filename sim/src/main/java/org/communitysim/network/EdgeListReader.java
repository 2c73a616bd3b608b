package org.communitysim.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a trust network from a CSV edge list, one tie per line: {@code a,b} or {@code a,b,weight}, where a and
 * b are non-negative integer ids and the weight a positive finite number. Blank lines and lines starting with
 * {@code #} are skipped, and so is a first line of non-numeric names ({@code source,target[,weight]}). Ids are
 * renumbered 0..n−1 in ascending order so the numbering never depends on line order. Self-loops and repeated
 * ties are not errors (real exports have them): they are dropped or merged and counted in the {@link EdgeList}.
 */
public final class EdgeListReader {
    static final String ALLOWED = "allowed: 'a,b' or 'a,b,weight' (comma-separated; a and b non-negative "
            + "integer ids; weight a positive finite number); blank lines and lines starting with # are skipped";

    /** A file's identity on disk: a changed file gets a new key, so a stale parse is never served. */
    private record Key(Path path, long size, long lastModified, Object fileKey) {
    }

    private static final ConcurrentHashMap<Key, EdgeList> CACHE = new ConcurrentHashMap<>();

    private EdgeListReader() {
    }

    public static EdgeList read(Path path) throws EdgeListException {
        if (!Files.exists(path)) {
            throw new EdgeListException("edge list file not found: " + path.toAbsolutePath());
        }
        if (!Files.isRegularFile(path)) {
            throw new EdgeListException("edge list path is not a regular file: " + path.toAbsolutePath());
        }
        Parser parser = new Parser(path.toString());
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                parser.accept(line);
            }
        } catch (AccessDeniedException e) {
            throw new EdgeListException("no permission to read edge list file " + path.toAbsolutePath(), e);
        } catch (CharacterCodingException e) {
            throw new EdgeListException("edge list file " + path + " is not UTF-8 text (after line "
                    + parser.lines + "); " + ALLOWED, e);
        } catch (IOException e) {
            throw new EdgeListException("cannot read edge list file " + path + ": " + e, e);
        }
        return parser.finish();
    }

    /**
     * {@link #read}, parsed once per file version for the whole JVM: replicates of a scenario share one immutable
     * {@link EdgeList}. Thread-safe; concurrent first calls for one file wait for a single parse. A file changed
     * on disk (size, modification time or identity) is parsed again; modifications within the file system's
     * timestamp resolution that keep the size are not noticed.
     */
    public static EdgeList readCached(Path path) throws EdgeListException {
        Path absolute = path.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new EdgeListException("edge list file not found: " + absolute);
        } catch (IOException e) {
            throw new EdgeListException("cannot read edge list file " + absolute + ": " + e, e);
        }
        Key key = new Key(absolute, attributes.size(), attributes.lastModifiedTime().toMillis(),
                attributes.fileKey());
        CACHE.keySet().removeIf(k -> k.path().equals(absolute) && !k.equals(key)); // older versions of the file
        try {
            return CACHE.computeIfAbsent(key, k -> {
                try {
                    return read(k.path());
                } catch (EdgeListException e) {
                    throw new Failed(e); // out of the lambda, unwrapped below; a failure is not cached
                }
            });
        } catch (Failed e) {
            throw e.failure;
        }
    }

    /** Carries a checked {@link EdgeListException} through {@code computeIfAbsent}. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EdgeListException failure;

        Failed(EdgeListException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** Empties the cache of {@link #readCached} (for tests and long-lived processes). */
    static void clearCache() {
        CACHE.clear();
    }

    /** Line-by-line state: raw ids and weights in growable primitive arrays. */
    private static final class Parser {
        private static final float MISSING = -1f; // below any valid weight, so a merge keeps a given one

        private final String file;
        private long lines;
        private long skipped;
        private boolean sawContent;
        private boolean header;
        private long[] a = new long[1024];
        private long[] b = new long[1024];
        private float[] w = new float[1024];
        private int size;

        Parser(String file) {
            this.file = file;
        }

        void accept(String line) throws EdgeListException {
            lines++;
            if (lines == 1 && line.startsWith("\uFEFF")) { // byte-order mark of spreadsheet exports
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                skipped++;
                return;
            }
            String[] fields = trimmed.split(",", -1);
            if (!sawContent) {
                sawContent = true;
                if (isHeader(fields)) {
                    header = true;
                    return;
                }
            }
            if (fields.length != 2 && fields.length != 3) {
                throw error(line, "expected 2 or 3 comma-separated fields, found " + fields.length);
            }
            long x = id(fields[0], line);
            long y = id(fields[1], line);
            float weight = fields.length == 3 ? weight(fields[2], line) : MISSING;
            if (size == a.length) {
                int cap = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size);
                if (cap == size) {
                    throw error(line, "too many ties for one network");
                }
                a = Arrays.copyOf(a, cap);
                b = Arrays.copyOf(b, cap);
                w = Arrays.copyOf(w, cap);
            }
            a[size] = x;
            b[size] = y;
            w[size] = weight;
            size++;
        }

        EdgeList finish() throws EdgeListException {
            if (size == 0) {
                throw new EdgeListException("edge list file " + file + " contains no ties (" + lines + " lines, "
                        + "none of them a tie); " + ALLOWED);
            }
            long[] ids = new long[2 * size];
            System.arraycopy(a, 0, ids, 0, size);
            System.arraycopy(b, 0, ids, size, size);
            Arrays.sort(ids);
            int n = 0;
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    ids[n++] = ids[i];
                }
            }
            long[] originalIds = Arrays.copyOf(ids, n);
            EdgeBuffer edges = new EdgeBuffer(n, size);
            for (int i = 0; i < size; i++) {
                edges.add(Arrays.binarySearch(originalIds, a[i]), Arrays.binarySearch(originalIds, b[i]), w[i]);
            }
            EdgeBuffer.Built built = edges.build();
            TrustNetwork net = built.network();
            int ties = (int) net.tieCount();
            int[] from = new int[ties];
            int[] to = new int[ties];
            float[] weight = new float[ties];
            int e = 0;
            for (int v = 0; v < n; v++) {
                for (int k = net.rowStart(v); k < net.rowEnd(v); k++) {
                    if (net.target(k) > v) {
                        from[e] = v;
                        to[e] = net.target(k);
                        weight[e++] = net.weight(k) == MISSING ? Float.NaN : net.weight(k);
                    }
                }
            }
            return new EdgeList(file, originalIds, from, to, weight, lines, skipped, header,
                    built.selfLoopsDropped(), built.duplicatesMerged());
        }

        /** A first line of names only: no field looks like a number. */
        private static boolean isHeader(String[] fields) {
            if (fields.length != 2 && fields.length != 3) {
                return false;
            }
            for (String f : fields) {
                String s = f.strip();
                if (s.isEmpty() || Character.isDigit(s.charAt(0)) || "+-.".indexOf(s.charAt(0)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        private long id(String field, String line) throws EdgeListException {
            String s = field.strip();
            if (s.isEmpty()) {
                throw error(line, "missing id");
            }
            long id;
            try {
                id = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw error(line, "id '" + excerpt(s) + "' is not an integer in 0.." + Long.MAX_VALUE);
            }
            if (id < 0) {
                throw error(line, "id " + id + " is negative");
            }
            return id;
        }

        private float weight(String field, String line) throws EdgeListException {
            String s = field.strip();
            double value;
            try {
                value = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(line, s.isEmpty() ? "missing weight after the second comma"
                        : "weight '" + excerpt(s) + "' is not a number");
            }
            float f = (float) value; // stored as float, like every tie weight
            if (!(value > 0) || !Float.isFinite(f) || f == 0) {
                throw error(line, "weight " + excerpt(s) + " is not a positive finite number");
            }
            return f;
        }

        /**
         * The problem at the current line number, without the line: a path given by mistake (say /etc/shadow) must
         * not have its content printed; only the offending field is quoted, as an {@link #excerpt}.
         */
        private EdgeListException error(String line, String problem) {
            return new EdgeListException(file + ":" + lines + ": " + problem + "; " + ALLOWED);
        }

        /** At most 20 characters of a field, anything but printable ASCII letters, digits and ".+-eE" as '?'. */
        static String excerpt(String field) {
            String cut = field.length() > 20 ? field.substring(0, 20) + "..." : field;
            return cut.replaceAll("[^A-Za-z0-9.+\\-]", "?");
        }
    }
}
