package dev.readiness.evidence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Evidence that exists but cannot be read: a corrupt, truncated, hostile or unreadable input file.
 *
 * <p>The message always names the file and says how to fix the problem; it is meant to be shown to the user as it
 * is, without a stack trace. Missing evidence is not an exception: readers return it as an explicit outcome.
 */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public EvidenceException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public EvidenceException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The input file the problem is about, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
