package org.communitysim.scenario.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a small text file a user names (a scenario file, a parent it {@code extends}, a sweep spec) without trusting
 * it to be one: only a regular file is opened — a device such as /dev/zero, a FIFO, /dev/stdin or a folder would
 * hang the reader or feed it forever — and at most {@code maxBytes} are read, so a huge file is an input error
 * instead of an OutOfMemoryError. Every way this fails is one {@link InputException} naming the file.
 */
public final class InputFiles {
    /**
     * The most a scenario file or a sweep spec may hold: 1 MiB. The shipped ones are under 4 KiB; a megabyte of JSON is
     * a generated or wrong file, and a bound keeps the parser's memory and time small whatever is named.
     */
    public static final long MAX_TEXT_BYTES = 1L << 20;

    private InputFiles() {
    }

    /**
     * The UTF-8 text of a regular file of at most {@code maxBytes} bytes.
     *
     * @param what what the file is, for messages ("scenario file", "sweep spec")
     * @throws InputException when the file is missing, not a regular file, unreadable, too large or not UTF-8
     */
    public static String readText(Path file, String what, long maxBytes) throws InputException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows links: /dev/stdin -> a pipe
        } catch (NoSuchFileException e) {
            throw new InputException(what + " not found: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
        if (attributes.isDirectory()) {
            throw new InputException(what + " is a directory: " + file);
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(what + " is not a regular file (a device, FIFO or socket cannot be read as "
                    + "one): " + file);
        }
        if (attributes.size() > maxBytes) {
            throw new InputException(what + " " + file + " is " + attributes.size() + " bytes; at most "
                    + maxBytes + " (" + sizeText(maxBytes) + ") are read");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) maxBytes + 1); // a file that grew since it was measured is still bounded
        } catch (AccessDeniedException e) {
            throw new InputException(what + " is not readable (permission denied): " + file);
        } catch (IOException e) {
            throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new InputException(what + " " + file + " is more than " + maxBytes + " bytes ("
                    + sizeText(maxBytes) + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text");
        }
    }

    /**
     * A JSON (or, by its extension, YAML) file holding one object, read by the scenario files' rules: a regular file of
     * at most {@link #MAX_TEXT_BYTES}, no duplicate keys, nothing after the object. Sweep specs are read with it, so
     * a spec is no laxer than a scenario (a duplicate {@code "base"} once silently switched the base scenario).
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode readObject(Path file, String what)
            throws InputException {
        return ScenarioFileReader.parse(readText(file, what, MAX_TEXT_BYTES), ScenarioFileReader.isYaml(file),
                file.toString());
    }

    private static String sizeText(long bytes) {
        return bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MiB" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
