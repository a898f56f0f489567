package org.optiviz.core.surface;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 2D test function with its analytic gradient and what the app needs to show it well.
 *
 * <p>{@link #gradient} writes into a caller's array so that stepping allocates nothing.
 */
public abstract class Surface {
    private final String key;
    private final String displayName;
    private final String formula;
    private final double floor;
    private final ViewBox defaultView;
    private final Point defaultStart;
    private final List<Point> minima;
    private final Map<String, Double> suggestedLr;
    private final int defaultSteps;

    /**
     * @param suggestedLr per optimizer key the learning rate of the default race, and under "optimizer.key" any
     *                    other hyperparameter it sets (see {@link #suggestedSettings})
     */
    protected Surface(String key, String displayName, String formula, double floor, ViewBox defaultView,
                      Point defaultStart, List<Point> minima, Map<String, Double> suggestedLr, int defaultSteps) {
        this.key = key;
        this.displayName = displayName;
        this.formula = formula;
        this.floor = floor;
        this.defaultView = defaultView;
        this.defaultStart = defaultStart;
        this.minima = List.copyOf(minima);
        this.suggestedLr = Map.copyOf(suggestedLr);
        this.defaultSteps = defaultSteps;
    }

    /** f(x, y). */
    public abstract double value(double x, double y);

    /** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1]. */
    public abstract void gradient(double x, double y, double[] out);

    /** Writes the exact Hessian into out: ∂²f/∂x² into out[0], ∂²f/∂x∂y into out[1], ∂²f/∂y² into out[2]. */
    public abstract void hessian(double x, double y, double[] out);

    /**
     * Whether f is a quadratic (its Hessian the same everywhere), so that the theory of the quadratic holds for it
     * exactly rather than near a point.
     */
    public boolean quadratic() {
        return false;
    }

    /**
     * The gradients at points from..to−1 of xs, ys into gxs, gys: each exactly {@link #gradient} at that point. Surfaces
     * override it with one loop the JIT can keep in registers; the batch engine steps many runs through it.
     */
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        double[] out = new double[2];
        for (int i = from; i < to; i++) {
            gradient(xs[i], ys[i], out);
            gxs[i] = out[0];
            gys[i] = out[1];
        }
    }

    /** The values at points from..to−1 of xs, ys into fs: each exactly {@link #value} at that point. */
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            fs[i] = value(xs[i], ys[i]);
        }
    }

    /** The name used on the command line and in scenario files. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** The formula as plain Unicode text. */
    public String formula() {
        return formula;
    }

    /** A lower bound of f used by loss-feedback optimizers (Eve): the minimum, or the minimum over the view. */
    public double floor() {
        return floor;
    }

    public ViewBox defaultView() {
        return defaultView;
    }

    public Point defaultStart() {
        return defaultStart;
    }

    /** Known minima, for markers; empty when the surface has none (saddles). */
    public List<Point> minima() {
        return minima;
    }

    /** The learning rate that makes this optimizer progress visibly here without diverging, if one was tuned. */
    public Double suggestedLr(String optimizerKey) {
        return suggestedLr.get(optimizerKey);
    }

    /**
     * Every setting this surface's default race gives the optimizer: its suggested lr under "lr", and any other
     * hyperparameter the surface names as "optimizer.key" (AdamW's weight decay where its effect should show).
     */
    public Map<String, Double> suggestedSettings(String optimizerKey) {
        Map<String, Double> settings = new TreeMap<>();
        String prefix = optimizerKey + ".";
        for (Map.Entry<String, Double> entry : suggestedLr.entrySet()) {
            if (entry.getKey().equals(optimizerKey)) {
                settings.put("lr", entry.getValue());
            } else if (entry.getKey().startsWith(prefix)) {
                settings.put(entry.getKey().substring(prefix.length()), entry.getValue());
            }
        }
        return settings;
    }

    /**
     * A step limit for the default race: long enough to see every optimizer's character, short enough that none
     * with suggested settings leaves for infinity on surfaces unbounded below (the saddles).
     */
    public int defaultSteps() {
        return defaultSteps;
    }

    @Override
    public String toString() {
        return key;
    }
}
