package org.communitysim.network;

/**
 * An edge-list file that cannot be used: missing, unreadable or malformed. The message is meant for the person
 * who wrote the file (it names the file, the line number, the line and what is allowed), so a caller can print
 * it as it is, without a stack trace.
 */
public final class EdgeListException extends Exception {
    private static final long serialVersionUID = 1L;

    public EdgeListException(String message) {
        super(message);
    }

    public EdgeListException(String message, Throwable cause) {
        super(message, cause);
    }
}
