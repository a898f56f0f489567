package org.optiviz.io.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.param.DecimalText;

/**
 * Reads a data set from CSV: optional {@code #} comment lines (the source and licence), a header row naming the
 * columns, then one row of numbers per sample. Two columns are chosen by name, or the first two that hold numbers.
 * Every problem names the line and column; nothing is guessed.
 */
public final class DataCsv {
    /** The most rows a data set may have: a million pairs are 16 MB, and minibatch steps do not depend on it. */
    public static final int MAX_ROWS = 1_000_000;

    private DataCsv() {
    }

    /**
     * The data set in the text, with x and y from the named columns ({@code null} for the first two numeric ones).
     *
     * @throws DataException naming the line, the column and the problem
     */
    public static DataSet read(Reader in, String name, String[] columns) throws DataException, IOException {
        BufferedReader reader = new BufferedReader(in, 1 << 16);
        StringBuilder source = new StringBuilder();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#")) {
                source.append(source.length() == 0 ? "" : " ").append(line.substring(1).strip());
            } else if (!line.isBlank()) {
                break;
            }
        }
        if (line == null) {
            throw new DataException(name + ": no header row; expected column names such as x,y on the first line");
        }
        List<String> header = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        int headerLine = lineNumber;
        int[] chosen = columns == null ? null
                : new int[] {column(header, columns[0], name), column(header, columns[1], name)};
        DoubleList xs = new DoubleList();
        DoubleList ys = new DoubleList();
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.size()) {
                throw new DataException(name + ": line " + lineNumber + ": expected " + header.size()
                        + " values as in the header, got " + cells.length);
            }
            if (chosen == null) {
                chosen = firstNumericColumns(header, cells, name, lineNumber);
            }
            if (xs.size() == MAX_ROWS) {
                throw new DataException(name + ": more than " + MAX_ROWS + " rows; at most " + MAX_ROWS);
            }
            xs.add(number(cells[chosen[0]], header.get(chosen[0]), name, lineNumber));
            ys.add(number(cells[chosen[1]], header.get(chosen[1]), name, lineNumber));
        }
        if (xs.size() == 0) {
            throw new DataException(name + ": no rows after the header on line " + headerLine);
        }
        return new DataSet(name, header.get(chosen[0]), header.get(chosen[1]), xs.toArray(), ys.toArray(),
                source.toString());
    }

    /** The column names of the header row (after any comment lines), for choosing two by name. */
    public static List<String> header(Reader in, String name) throws DataException, IOException {
        BufferedReader reader = new BufferedReader(in);
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            if (!line.startsWith("#") && !line.isBlank()) {
                return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            }
        }
        throw new DataException(name + ": no header row; expected column names such as x,y on the first line");
    }

    private static int column(List<String> header, String wanted, String name) throws DataException {
        int index = header.indexOf(wanted.strip());
        if (index < 0) {
            throw new DataException(name + ": no column " + DecimalText.quote(wanted) + "; the columns are "
                    + String.join(", ", header));
        }
        return index;
    }

    private static int[] firstNumericColumns(List<String> header, String[] cells, String name, int lineNumber)
            throws DataException {
        int[] found = new int[2];
        int count = 0;
        for (int c = 0; c < cells.length && count < 2; c++) {
            try {
                DecimalText.parse(cells[c]);
                found[count++] = c;
            } catch (NumberFormatException e) {
                // not a numeric column
            }
        }
        if (count < 2) {
            throw new DataException(name + ": line " + lineNumber + " has fewer than two numbers; choose the columns "
                    + "by name (" + String.join(", ", header) + ")");
        }
        return found;
    }

    private static double number(String cell, String column, String name, int lineNumber) throws DataException {
        try {
            double v = DecimalText.parse(cell);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(DecimalText.quote(cell) + " is not a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DataException(name + ": line " + lineNumber + ", column " + column + ": " + e.getMessage());
        }
    }

    /** A growable array of doubles, so that a million rows do not become a million boxed objects. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
