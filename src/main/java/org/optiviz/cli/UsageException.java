package org.optiviz.cli;

/** Bad input from the user: reported as one line on stderr with exit code 2, never as a stack trace. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
