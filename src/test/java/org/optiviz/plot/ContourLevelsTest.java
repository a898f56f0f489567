package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

class ContourLevelsTest {
    private static final Set<String> WIDE = Set.of("rosenbrock", "beale");

    private static ContourLevels levelsOf(Surface surface, double width, double height) {
        ViewTransform t = PlotComposer.transform(PlotRequest.of(surface, width, height));
        return ContourLevels.choose(ValueGrid.sample(Field.of(surface), t, 2).values(), surface.floor());
    }

    /** Window-like shapes; far wider views of Himmelblau do span decades and rightly turn logarithmic. */
    @Test
    void logScaleExactlyForTheWideSurfacesAtSeveralAspects() {
        for (double[] size : new double[][] {{1000, 800}, {800, 800}, {1100, 700}, {600, 800}}) {
            for (Surface surface : Surfaces.all()) {
                ContourLevels levels = levelsOf(surface, size[0], size[1]);
                ContourLevels.Scale expected = WIDE.contains(surface.key()) ? ContourLevels.Scale.LOG
                        : ContourLevels.Scale.LINEAR;
                assertEquals(expected, levels.scale(), surface.key() + " at " + size[0] + "×" + size[1]);
            }
        }
    }

    @Test
    void twelveToTwentyNiceLevelsPerDefaultView() {
        for (Surface surface : Surfaces.all()) {
            ContourLevels levels = levelsOf(surface, 1000, 800);
            double[] lv = levels.levels();
            assertTrue(lv.length >= 12 && lv.length <= 20, surface.key() + ": " + levels);
            for (int k = 1; k < lv.length; k++) {
                assertTrue(lv[k] > lv[k - 1], "ascending");
            }
            if (levels.scale() == ContourLevels.Scale.LOG) {
                for (double level : lv) {
                    assertTrue(isNice(level - surface.floor(), new double[] {1, 2, 3, 5}),
                            surface.key() + " log level " + level);
                }
            } else {
                double step = lv[1] - lv[0];
                assertTrue(isNice(step, new double[] {1, 2, 2.5, 5}), surface.key() + " step " + step);
                for (double level : lv) {
                    assertEquals(Math.rint(level / step), level / step, 1e-9, surface.key() + " level " + level);
                }
            }
        }
    }

    private static boolean isNice(double x, double[] mantissas) {
        double mantissa = x / Math.pow(10, Math.floor(Math.log10(x) + 1e-9));
        for (double m : mantissas) {
            if (Math.abs(mantissa - m) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    @Test
    void logLevelsAreEvenlySpacedInLogAndLinearOnesInValue() {
        ContourLevels log = levelsOf(Surfaces.byKey("beale"), 1000, 800);
        double[] lv = log.levels();
        assertEquals(0, Math.log10(lv[0]) % 1 == 0 ? 0 : Math.min(Math.abs(Math.log10(lv[0] / 2) % 1),
                Math.abs(Math.log10(lv[0] / 5) % 1)), 1e-9);
        assertTrue(lv[lv.length - 1] / lv[0] > 1e4, "log levels span decades");
        ContourLevels lin = levelsOf(Surfaces.byKey("rastrigin"), 1000, 800);
        double[] ll = lin.levels();
        for (int k = 2; k < ll.length; k++) {
            assertEquals(ll[1] - ll[0], ll[k] - ll[k - 1], 1e-9);
        }
    }

    @Test
    void colourPositionIsMonotoneAndClamped() {
        ContourLevels levels = ContourLevels.log(0, 0.1, 1000);
        double previous = -1;
        for (double f = 0; f < 2000; f += 0.37) {
            double t = levels.t(f);
            assertTrue(t >= previous && t >= 0 && t <= 1);
            previous = t;
        }
        assertEquals(1, levels.t(Double.NaN));
        assertEquals(1, levels.t(Double.POSITIVE_INFINITY));
        assertEquals(0, levels.t(-5));
    }

    @Test
    void flatOrEmptyValuesStillGiveAUsableScale() {
        ContourLevels flat = ContourLevels.choose(new double[] {3, 3, 3, 3}, 0);
        assertEquals(ContourLevels.Scale.LINEAR, flat.scale());
        ContourLevels nan = ContourLevels.choose(new double[] {Double.NaN, Double.NaN}, 0);
        assertEquals(0, nan.t(Double.NEGATIVE_INFINITY));
    }
}
