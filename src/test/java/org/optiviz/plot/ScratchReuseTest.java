package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.RasterImage;

/**
 * Tracing and line drawing reuse pooled scratch buffers between recomputes: a buffer handed back dirty, or
 * sized for another plot, would leak lines from one picture into the next.
 */
class ScratchReuseTest {
    private static int[] background(String surface, int width, int height) {
        PlotRequest r = PlotRequest.of(Surfaces.byKey(surface), width, height);
        ClipGroup layer = (ClipGroup) PlotComposer.background(r, PlotComposer.transform(r)).items().get(0);
        return layer.items().stream().filter(i -> i instanceof RasterImage).map(i -> ((RasterImage) i).argb())
                .findFirst().orElseThrow();
    }

    @Test
    void picturesDoNotDependOnWhatWasDrawnBefore() {
        // Rastrigin covers many pixels with lines (a dense band), saddle few; the sizes differ too.
        int[] dense = background("rastrigin", 1000, 800);
        int[] sparse = background("saddle", 640, 480);
        int[] small = background("himmelblau", 300, 200);
        assertArrayEquals(sparse, background("saddle", 640, 480), "saddle after rastrigin and himmelblau");
        assertArrayEquals(dense, background("rastrigin", 1000, 800), "rastrigin after smaller plots");
        assertArrayEquals(small, background("himmelblau", 300, 200), "himmelblau after larger plots");
    }

    @Test
    void tracingAgainGivesTheSameLines() {
        double[] wave = new double[501 * 401];
        for (int j = 0; j < 401; j++) {
            for (int i = 0; i < 501; i++) {
                wave[j * 501 + i] = Math.sin(i * 0.05) * Math.cos(j * 0.07);
            }
        }
        double[] levels = {-0.5, 0, 0.5};
        PathBuffer[] first = new MarchingSquares(wave, 501, 401).trace(levels, 0, 0, 1);
        new MarchingSquares(wave, 40, 30).trace(levels, 0, 0, 1);
        PathBuffer[] again = new MarchingSquares(wave, 501, 401).trace(levels, 0, 0, 1);
        for (int k = 0; k < levels.length; k++) {
            assertTrue(first[k].pathCount() > 0);
            assertEquals(first[k].pathCount(), again[k].pathCount());
            assertEquals(first[k].pointCount(), again[k].pointCount());
            for (int p = 0; p < first[k].pointCount(); p++) {
                assertEquals(first[k].x(p), again[k].x(p));
                assertEquals(first[k].y(p), again[k].y(p));
            }
        }
    }
}
