package org.optiviz.core.data;

import java.util.List;
import org.optiviz.core.surface.CurvatureRates;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * A model fitted to a data set, as a problem like any surface: f(w, b) is the full-batch mean loss, exactly, and
 * so are the contours, the loss chart and the CLI's loss column; the gradient a run uses at step t is the mean over
 * that step's minibatch ({@link #batchGradient}), the full batch when m = N.
 *
 * <p>Its floor is the exact minimum (least squares in closed form; Newton's method for the logistic loss, whose
 * infimum is 0 when the classes are separable), its view frames the start (0, 0) and the minimum, and its learning
 * rates follow the largest curvature (for the logistic loss, a quarter of the linear one's, its bound).
 */
public final class DataModel extends Surface {
    private static final int DEFAULT_STEPS = 500;
    private final DataSet data;
    private final Model model;
    private final int batchSize;
    private final boolean standardized;
    private final Fit fit;

    private DataModel(DataSet data, Model model, int batchSize, boolean standardized, Fit fit) {
        super("data", data.name() + " · " + model.key(), model.formula(), fit.floor, fit.view, new Point(0, 0),
                fit.minimum == null ? List.of() : List.of(fit.minimum), CurvatureRates.of(fit.curvature, fit.view),
                DEFAULT_STEPS);
        this.data = data;
        this.model = model;
        this.batchSize = batchSize;
        this.standardized = standardized;
        this.fit = fit;
    }

    /**
     * The model on the data (x standardised first when asked) with minibatches of this size (1..N; N is the full
     * batch).
     *
     * @throws IllegalArgumentException naming what does not fit (batch size, labels of a logistic model)
     */
    public static DataModel of(DataSet raw, Model model, int batchSize, boolean standardize) {
        DataSet data = standardize ? raw.standardized() : raw;
        if (batchSize < 1 || batchSize > data.size()) {
            throw new IllegalArgumentException("the batch size must be 1.." + data.size() + " (the rows of "
                    + data.name() + "), got " + batchSize);
        }
        if (model == Model.LOGISTIC) {
            for (int i = 0; i < data.size(); i++) {
                if (data.ys()[i] != 0 && data.ys()[i] != 1) {
                    throw new IllegalArgumentException("a logistic model needs y (" + data.yName()
                            + ") to be 0 or 1; row " + (i + 1) + " has " + data.ys()[i]);
                }
            }
        }
        return new DataModel(data, model, batchSize, standardize, Fit.of(data, model));
    }

    /**
     * The same model on the same data with another batch size, without fitting again (the minimum does not depend
     * on the batches): what a batch-size slider changes.
     *
     * @throws IllegalArgumentException when the size is not 1..N
     */
    public DataModel withBatchSize(int newBatchSize) {
        if (newBatchSize < 1 || newBatchSize > data.size()) {
            throw new IllegalArgumentException("the batch size must be 1.." + data.size() + " (the rows of "
                    + data.name() + "), got " + newBatchSize);
        }
        return new DataModel(data, model, newBatchSize, standardized, fit);
    }

    public DataSet data() {
        return data;
    }

    /** Whether x was standardised (z-scores with the population standard deviation). */
    public boolean standardized() {
        return standardized;
    }

    public Model model() {
        return model;
    }

    /** Rows per minibatch; {@link DataSet#size()} for full batches. */
    public int batchSize() {
        return batchSize;
    }

    @Override
    public double value(double w, double b) {
        return model.meanLoss(data, w, b);
    }

    /** The full-batch gradient. */
    @Override
    public void gradient(double w, double b, double[] out) {
        double gw = 0;
        double gb = 0;
        double[] xs = data.xs();
        double[] ys = data.ys();
        for (int i = 0; i < xs.length; i++) {
            double s = model.slope(w, b, xs[i], ys[i]);
            gw += s * xs[i];
            gb += s;
        }
        out[0] = gw / xs.length;
        out[1] = gb / xs.length;
    }

    /** The full-batch Hessian: the mean of ∂²J/∂z²·[x², x; x, 1] over the rows. */
    @Override
    public void hessian(double w, double b, double[] out) {
        double hww = 0;
        double hwb = 0;
        double hbb = 0;
        double[] xs = data.xs();
        for (double x : xs) {
            double c = model.curvature(w, b, x);
            hww += c * x * x;
            hwb += c * x;
            hbb += c;
        }
        out[0] = hww / xs.length;
        out[1] = hwb / xs.length;
        out[2] = hbb / xs.length;
    }

    /** The least-squares loss is quadratic in (w, b); the logistic one is not. */
    @Override
    public boolean quadratic() {
        return model == Model.LINEAR;
    }

    /** (1/|B|)·Σ_{i∈B} ∇J over step t's batch B; the full-batch gradient, summed in row order, when m = N. */
    public void batchGradient(double w, double b, Minibatches batches, long t, double[] out) {
        if (batchSize == data.size()) {
            gradient(w, b, out);
            return;
        }
        int[] order = batches.order(t);
        int from = batches.from(t);
        int to = batches.to(t);
        double gw = 0;
        double gb = 0;
        double[] xs = data.xs();
        double[] ys = data.ys();
        for (int k = from; k < to; k++) {
            int i = order[k];
            double s = model.slope(w, b, xs[i], ys[i]);
            gw += s * xs[i];
            gb += s;
        }
        out[0] = gw / (to - from);
        out[1] = gb / (to - from);
    }

    /**
     * (1/|B|)·Σ_{i∈B} J over step t's batch B: what a minibatch step records as its loss, at O(|B|) cost instead of
     * the full batch's O(N).
     */
    public double batchLoss(double w, double b, Minibatches batches, long t) {
        int[] order = batches.order(t);
        int from = batches.from(t);
        int to = batches.to(t);
        double sum = 0;
        double[] xs = data.xs();
        double[] ys = data.ys();
        for (int k = from; k < to; k++) {
            int i = order[k];
            sum += model.loss(w, b, xs[i], ys[i]);
        }
        return sum / (to - from);
    }

    /** The rows of step t's batch, in the order the batch lists them (for drawing the batch). */
    public int[] batchRows(Minibatches batches, long t) {
        int[] order = batches.order(t);
        return java.util.Arrays.copyOfRange(order, batches.from(t), batches.to(t));
    }

    /** The minibatches a race with this seed draws. */
    public Minibatches minibatches(long seed) {
        return new Minibatches(data.size(), batchSize, seed);
    }

    /**
     * Equal when the same model with the same batch size is fitted to the same rows (by value), so that a scenario
     * read back equals the one written.
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        return other instanceof DataModel m && m.model == model && m.batchSize == batchSize
                && m.standardized == standardized && m.data.name().equals(data.name())
                && m.data.xName().equals(data.xName()) && m.data.yName().equals(data.yName())
                && java.util.Arrays.equals(m.data.xs(), data.xs()) && java.util.Arrays.equals(m.data.ys(), data.ys());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(data.name(), model, batchSize, standardized, data.size());
    }
}
