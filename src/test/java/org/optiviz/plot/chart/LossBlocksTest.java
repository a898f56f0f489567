package org.optiviz.plot.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.optiviz.core.race.Column;
import org.optiviz.plot.Theme;
import org.optiviz.plot.draw.Drawing;

/** Extremes found from block summaries are exactly those found by visiting every value, as a run grows. */
class LossBlocksTest {
    private static double[] scanned(double[] values, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        return new double[] {min, max};
    }

    /** A loss falling with noise, with the non-finite values a diverging run leaves. */
    private static double[] losses(int n, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            v[i] = r < 0.01 ? Double.NaN : r < 0.015 ? Double.POSITIVE_INFINITY : 100.0 / (1 + i) + random.nextGaussian();
        }
        return v;
    }

    @Test
    void extremesOfAnyStretchMatchAFullScanWhileTheSeriesGrows() {
        int n = 20_000;
        double[] full = losses(n, 7);
        double[] growing = new double[n];
        Random random = new Random(11);
        for (int size = 0; size < n; size += 1 + random.nextInt(700)) {
            System.arraycopy(full, 0, growing, 0, size); // values appended at the end only, as a run records them
            Column column = Column.of(growing, size);
            LossBlocks blocks = LossBlocks.of(Column.of(growing));
            for (int k = 0; k < 50; k++) {
                int from = size == 0 ? 0 : random.nextInt(size);
                int to = from + random.nextInt(size - from + 1);
                assertArrayEquals(scanned(growing, from, to), blocks.extremes(column, from, to), "[" + from + ", " + to + ")");
            }
        }
    }

    @Test
    void aSummaryDoesNotKeepItsRunsArrayAlive() throws InterruptedException {
        double[] losses = losses(LossBlocks.MIN_LENGTH * 4, 3);
        LossBlocks.of(Column.of(losses)).extremes(Column.of(losses), 0, losses.length);
        java.lang.ref.WeakReference<double[]> ref = new java.lang.ref.WeakReference<>(losses);
        losses = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(ref.get() == null, "a dropped run's loss array is collected despite its summary");
    }

    @Test
    void shortArraysAreScannedNotSummarised() {
        assertNull(LossBlocks.of(Column.of(new double[LossBlocks.MIN_LENGTH - 1])));
    }

    @Test
    void aLongRunsChartIsTheSameDrawingAsOneFromAFullScan() {
        int n = 150_000;
        List<LossSeries> summarised = new ArrayList<>();
        List<LossSeries> scannedSeries = new ArrayList<>();
        int[] everyStep = IntStream.range(0, n).toArray(); // a series with steps is always scanned
        for (int s = 0; s < 3; s++) {
            double[] v = losses(n, s);
            summarised.add(new LossSeries("run" + s, "Run " + s, 0xFF1F77B4 + s * 40, v, n - 17 * s));
            scannedSeries.add(new LossSeries("run" + s, "Run " + s, 0xFF1F77B4 + s * 40, v.clone(), n - 17 * s,
                    everyStep));
        }
        LossChartRequest request = new LossChartRequest(summarised, 0, false, n - 1, 640, 260, Theme.LIGHT, 1,
                "step", "loss");
        Drawing fast = LossChart.compose(request);
        Drawing full = LossChart.compose(request.withSeries(scannedSeries));
        assertEquals(full, fast);
    }
}
