package org.optiviz.core.data;

/**
 * Pairs (xᵢ, yᵢ) to fit a two-parameter model to, with where they came from. The arrays are not copied: whoever
 * builds a data set hands them over and does not change them afterwards.
 */
public record DataSet(String name, String xName, String yName, double[] xs, double[] ys, String source) {
    public DataSet {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y columns differ in length");
        }
        if (xs.length == 0) {
            throw new IllegalArgumentException("the data set " + name + " has no rows");
        }
    }

    public int size() {
        return xs.length;
    }

    /**
     * The data set with x standardised to mean 0 and (population) standard deviation 1, so that w and b are on one
     * scale and the ravine of a raw feature disappears.
     */
    public DataSet standardized() {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double variance = 0;
        for (double x : xs) {
            variance += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(variance / xs.length);
        if (!(sd > 0)) {
            throw new IllegalArgumentException("x (" + xName + ") is the same in every row and cannot be standardised");
        }
        double[] z = new double[xs.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (xs[i] - mean) / sd;
        }
        return new DataSet(name, xName, yName, z, ys, source);
    }
}
