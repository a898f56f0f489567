package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.FilledPath;

class FilledBandsTest {
    @Test
    void everyRingIsClosed() {
        for (Surface surface : Surfaces.all()) {
            PlotRequest request = PlotRequest.of(surface, 400, 320);
            ValueGrid grid = ValueGrid.sample(Field.of(surface), PlotComposer.transform(request), 2);
            ContourLevels levels = ContourLevels.choose(grid.values(), surface.floor());
            PathBuffer[] rings = FilledBands.rings(grid, levels.levels());
            for (int k = 0; k < rings.length; k++) {
                for (int p = 0; p < rings[k].pathCount(); p++) {
                    assertTrue(rings[k].isClosed(p), surface.key() + " level " + k + " ring " + p + " is open");
                }
            }
        }
    }

    @Test
    void evenOddFillOfEachRegionIsWhereFIsBelowTheLevel() {
        for (String key : new String[] {"himmelblau", "rastrigin", "monkey-saddle", "rosenbrock"}) {
            Surface surface = Surfaces.byKey(key);
            PlotRequest request = PlotRequest.of(surface, 400, 320);
            ViewTransform t = PlotComposer.transform(request);
            ValueGrid grid = ValueGrid.sample(Field.of(surface), t, 2);
            ContourLevels levels = ContourLevels.choose(grid.values(), surface.floor());
            int[] colors = new int[levels.count()];
            List<FilledPath> regions = FilledBands.regions(grid, levels, colors);
            assertEquals(levels.count(), regions.size(), key + ": every level crosses the view");
            for (int r = 0; r < regions.size(); r++) {
                double level = levels.level(levels.count() - 1 - r);
                Path2D.Double shape = evenOdd(regions.get(r));
                int checked = 0;
                int wrong = 0;
                for (double py = t.area().y() + 1.5; py < t.area().bottom() - 1; py += 3) {
                    for (double px = t.area().x() + 1.5; px < t.area().right() - 1; px += 3) {
                        double f = surface.value(t.toWorldX(px), t.toWorldY(py));
                        // Within a grid step of the iso-line the sampled grid may decide either way.
                        double slope = Math.abs(f - surface.value(t.toWorldX(px + 2), t.toWorldY(py)))
                                + Math.abs(f - surface.value(t.toWorldX(px), t.toWorldY(py + 2)));
                        if (Math.abs(f - level) <= 2 * slope) {
                            continue;
                        }
                        checked++;
                        wrong += shape.contains(px, py) != (f < level) ? 1 : 0;
                    }
                }
                assertTrue(checked > 1000, key);
                assertTrue(wrong <= checked / 500, key + " level " + level + ": " + wrong + " of " + checked
                        + " points on the wrong side");
            }
        }
    }

    private static Path2D.Double evenOdd(FilledPath region) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double[] xy = region.xy();
        for (int r = 0; r < region.ringEnds().length; r++) {
            int s = region.ringStart(r);
            path.moveTo(xy[2 * s], xy[2 * s + 1]);
            for (int i = s + 1; i < region.ringEnds()[r]; i++) {
                path.lineTo(xy[2 * i], xy[2 * i + 1]);
            }
            path.closePath();
        }
        return path;
    }
}
