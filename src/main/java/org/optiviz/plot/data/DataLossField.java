package org.optiviz.plot.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.Field;

/**
 * A data model's full-batch loss as a contour field, at a cost per sample that does not grow with the rows, so a
 * view of a million rows is pictured as fast as one of fifty (a contour samples the field some 200,000 times).
 *
 * <p>The linear loss is exact from the data's moments: L = ½[w²·Vxx − 2w·Vxy + Vyy + (w·x̄ + b − ȳ)²] with the
 * centred (population) second moments V. The logistic loss is summed row by row up to {@link #EXACT_ROWS} rows;
 * beyond, its −y·z part is still exact (it is linear in w and b) and its softplus part comes from {@link #GROUPS}
 * groups of neighbouring x with equal counts, each group's softplus(w·x + b) taken at the group's mean with a
 * second-order correction for its spread, ½·σ′(z̄)·w²·Var. The window and every export use this same field, so
 * their contours agree; runs, the loss chart and the trajectory CSV always use the exact loss.
 */
public final class DataLossField implements Field {
    /** Up to this many rows a logistic loss is summed exactly. */
    static final int EXACT_ROWS = 512;
    static final int GROUPS = 128;
    private static final Map<DataSet, Summary> SUMMARIES = new WeakHashMap<>();

    private final DataModel model;
    private volatile Summary summary;

    private DataLossField(DataModel model) {
        this.model = model;
    }

    /**
     * The field of this model, at once: the data's summary (a pass over the rows and, for a large set, a sort) is
     * computed at the first sample, where the field is sampled (off the window thread), once per data set.
     */
    public static DataLossField of(DataModel model) {
        return new DataLossField(model);
    }

    private Summary summary() {
        Summary s = summary;
        if (s == null) {
            synchronized (SUMMARIES) {
                s = SUMMARIES.computeIfAbsent(model.data(), Summary::of);
            }
            summary = s;
        }
        return s;
    }

    /** Sampling a picture costs up to 512 rows or 128 groups a sample, and the first sample a pass over the data. */
    @Override
    public boolean slowToSample() {
        return true;
    }

    @Override
    public double value(double w, double b) {
        Summary s = summary();
        if (model.model() == Model.LINEAR) {
            double r = w * s.meanX + b - s.meanY;
            return 0.5 * (w * w * s.varX - 2 * w * s.covXY + s.varY + r * r);
        }
        if (s.groupX == null) {
            return model.value(w, b);
        }
        double sum = 0;
        for (int g = 0; g < s.groupX.length; g++) {
            double z = w * s.groupX[g] + b;
            double softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            double p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            sum += s.groupWeight[g] * (softplus + 0.5 * p * (1 - p) * w * w * s.groupVar[g]);
        }
        return sum - (w * s.meanXY + b * s.meanY);
    }

    @Override
    public double floor() {
        return model.floor();
    }

    @Override
    public List<Point> marks() {
        return model.minima();
    }

    @Override
    public String name() {
        return model.displayName();
    }

    @Override
    public String formula() {
        return model.formula();
    }

    /**
     * Equal for the same model on the same data, whatever the batch size: the loss does not depend on it, so the
     * window keeps its contours while the minibatch slider moves.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataLossField field && field.model.data() == model.data()
                && field.model.model() == model.model();
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(model.data()) * 31 + model.model().hashCode();
    }

    /** Moments of the data, and for large sets the groups of neighbouring x. */
    private static final class Summary {
        double meanX;
        double meanY;
        double meanXY;
        double varX;
        double varY;
        double covXY;
        double[] groupX;
        double[] groupVar;
        double[] groupWeight;

        static Summary of(DataSet data) {
            Summary s = new Summary();
            double[] xs = data.xs();
            double[] ys = data.ys();
            int n = xs.length;
            for (int i = 0; i < n; i++) {
                s.meanX += xs[i];
                s.meanY += ys[i];
            }
            s.meanX /= n;
            s.meanY /= n;
            for (int i = 0; i < n; i++) {
                double dx = xs[i] - s.meanX;
                double dy = ys[i] - s.meanY;
                s.varX += dx * dx;
                s.varY += dy * dy;
                s.covXY += dx * dy;
                s.meanXY += xs[i] * ys[i];
            }
            s.varX /= n;
            s.varY /= n;
            s.covXY /= n;
            s.meanXY /= n;
            if (n > EXACT_ROWS) {
                s.group(xs);
            }
            return s;
        }

        private void group(double[] xs) {
            double[] sorted = xs.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            groupX = new double[GROUPS];
            groupVar = new double[GROUPS];
            groupWeight = new double[GROUPS];
            for (int g = 0; g < GROUPS; g++) {
                int from = (int) ((long) n * g / GROUPS);
                int to = (int) ((long) n * (g + 1) / GROUPS);
                double mean = 0;
                for (int i = from; i < to; i++) {
                    mean += sorted[i];
                }
                mean /= to - from;
                double var = 0;
                for (int i = from; i < to; i++) {
                    var += (sorted[i] - mean) * (sorted[i] - mean);
                }
                groupX[g] = mean;
                groupVar[g] = var / (to - from);
                groupWeight[g] = (to - from) / (double) n;
            }
        }
    }
}
