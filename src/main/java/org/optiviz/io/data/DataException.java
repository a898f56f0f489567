package org.optiviz.io.data;

/** A data file that cannot be used: one line naming the file, the line, the column and the problem. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }
}
