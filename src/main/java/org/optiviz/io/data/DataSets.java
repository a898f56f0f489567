package org.optiviz.io.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.optiviz.core.data.DataSet;
import org.optiviz.io.AtomicFiles;

/** The bundled data sets, by name, and the user's own CSV files. */
public final class DataSets {
    /** A bundled set: its name and the model it suits. */
    public record Bundled(String name, String model, String about) {
    }

    public static final List<Bundled> BUNDLED = List.of(
            new Bundled("old-faithful", "linear", "Old Faithful: waiting time (min) against eruption length (min)"),
            new Bundled("stopping-distance", "linear", "cars of the 1920s: stopping distance (ft) against speed (mph)"),
            new Bundled("iris-setosa-versicolor", "logistic", "Fisher's irises: versicolor (1) or setosa (0) by sepal "
                    + "length (cm)"),
            new Bundled("car-transmission", "logistic", "1973-74 cars: manual (1) or automatic (0) by weight "
                    + "(1000 lb)"));

    private DataSets() {
    }

    /**
     * A bundled set by name, or else a CSV file at that path; columns {@code null} for the first two numeric ones.
     *
     * @throws DataException naming the problem (unknown name and no such file, a bad row, ...)
     */
    public static DataSet load(String nameOrPath, String[] columns) throws DataException {
        for (Bundled bundled : BUNDLED) {
            if (bundled.name().equals(nameOrPath)) {
                try (InputStream in = DataSets.class.getResourceAsStream(bundled.name() + ".csv")) {
                    return DataCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), bundled.name(), columns);
                } catch (IOException e) {
                    throw new UncheckedIOException("a bundled data set cannot be read", e);
                }
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new DataException(nameOrPath + ": neither a bundled data set (" + names() + ") nor a CSV file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DataCsv.read(in, nameOrPath, columns);
        } catch (IOException e) {
            throw new DataException(nameOrPath + ": cannot read it: " + AtomicFiles.reason(e));
        }
    }

    /**
     * The column names of a bundled set or a CSV file, from its header row.
     *
     * @throws DataException naming the problem (no such set or file, no header)
     */
    public static List<String> columns(String nameOrPath) throws DataException {
        for (Bundled bundled : BUNDLED) {
            if (bundled.name().equals(nameOrPath)) {
                try (InputStream in = DataSets.class.getResourceAsStream(bundled.name() + ".csv")) {
                    return DataCsv.header(new InputStreamReader(in, StandardCharsets.UTF_8), bundled.name());
                } catch (IOException e) {
                    throw new UncheckedIOException("a bundled data set cannot be read", e);
                }
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new DataException(nameOrPath + ": neither a bundled data set (" + names() + ") nor a CSV file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DataCsv.header(in, nameOrPath);
        } catch (IOException e) {
            throw new DataException(nameOrPath + ": cannot read it: " + AtomicFiles.reason(e));
        }
    }

    /** Whether this names a bundled set (otherwise it is a file's path). */
    public static boolean isBundled(String nameOrPath) {
        return BUNDLED.stream().anyMatch(b -> b.name().equals(nameOrPath));
    }

    /** The model a bundled set suits; linear for a file. */
    public static String suggestedModel(String nameOrPath) {
        for (Bundled bundled : BUNDLED) {
            if (bundled.name().equals(nameOrPath)) {
                return bundled.model();
            }
        }
        return "linear";
    }

    public static String names() {
        return String.join(", ", BUNDLED.stream().map(Bundled::name).toList());
    }
}
