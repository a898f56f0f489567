package org.optiviz.cli;

import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.data.DataException;
import org.optiviz.io.data.DataSets;
import picocli.CommandLine.Option;

/** The problem a race runs on: a built-in surface, a typed function, or a model fitted to data; one of the three. */
public class ProblemOptions {
    @Option(names = "--surface", paramLabel = "S", description = "surface key (see 'list')")
    String surface;

    @Option(names = "--function", paramLabel = "EXPR",
            description = "a typed f(x, y) in place of --surface, e.g. '(1-x)^2 + 100(y-x^2)^2' (view [-3, 3]²)")
    String function;

    @Option(names = "--data", paramLabel = "NAME|FILE.csv",
            description = "fit --model to a bundled data set (see 'list') or a CSV file, in place of --surface")
    String data;

    @Option(names = "--columns", paramLabel = "X,Y", description = "the data's x and y columns by name; default: "
            + "the first two numeric columns")
    String columns;

    @Option(names = "--model", paramLabel = "M", description = "linear or logistic (y is 0 or 1); default: the "
            + "bundled set's, else linear")
    String model;

    @Option(names = "--batch", paramLabel = "M", description = "rows per minibatch, 1..N; default N (full batch)")
    Integer batch;

    @Option(names = "--standardize", description = "standardise x (mean 0, standard deviation 1) before fitting")
    boolean standardize;

    /** The view a typed function is shown in, when a command draws it (null: the function's default view). */
    ViewBox functionView;

    /** The chosen problem, or the surface with this key when none is given. */
    Surface resolve(String defaultSurface) {
        int given = (surface != null ? 1 : 0) + (function != null ? 1 : 0) + (data != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("--surface, --function and --data each give the problem; give one of them");
        }
        if (data == null) {
            for (String flag : new String[] {columns, model, batch == null ? null : "", standardize ? "" : null}) {
                if (flag != null) {
                    throw new UsageException("--columns, --model, --batch and --standardize go with --data");
                }
            }
        }
        if (function != null) {
            try {
                return TypedSurface.of(function, functionView, null);
            } catch (IllegalArgumentException e) { // an ExpressionException names the column
                throw new UsageException("--function: " + e.getMessage());
            }
        }
        if (data != null) {
            return dataModel();
        }
        try {
            return Surfaces.byKey(surface != null ? surface : defaultSurface);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--surface: " + e.getMessage());
        }
    }

    private DataModel dataModel() {
        String[] names = null;
        if (columns != null) {
            names = columns.split(",", -1);
            if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                throw new UsageException("--columns: expected two column names X,Y");
            }
        }
        DataSet set;
        try {
            set = DataSets.load(data, names);
        } catch (DataException e) {
            throw new UsageException("--data " + e.getMessage());
        }
        Model chosen;
        try {
            chosen = Model.byKey(model != null ? model : DataSets.suggestedModel(data));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
        try {
            return DataModel.of(set, chosen, batch != null ? batch : set.size(), standardize);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--data " + data + ": " + e.getMessage());
        }
    }
}
