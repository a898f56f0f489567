package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.draw.TextMetrics;

/** The left margin always holds the y tick labels of the view as finally fitted, plus the axis title. */
class PlotMetricsTest {
    @Test
    void yTickLabelsAndTitleFitTheLeftMarginAtEverySize() {
        for (Surface surface : Surfaces.all()) {
            for (ViewBox view : new ViewBox[] {surface.defaultView(), new ViewBox(-1.13, 1.21, 0.37, 1.43),
                new ViewBox(-0.013, 0.021, 0.991, 1.0047)}) {
                for (int width = 300; width <= 1400; width += 37) {
                    for (int height = 240; height <= 1000; height += 53) {
                        PlotRequest request = PlotRequest.of(surface, width, height).withView(view);
                        PlotMetrics layout = new PlotMetrics(request.options());
                        ViewTransform t = layout.transform(request);
                        double widest = 0;
                        double[] ticks = layout.yTicks(t);
                        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
                        for (double v : ticks) {
                            widest = Math.max(widest, TextMetrics.width(Ticks.format(v, step), layout.tickFont, false));
                        }
                        double yTitle = TextMetrics.width("y", layout.labelFont, false) + 3 * layout.gap;
                        double needed = layout.tickLength + layout.gap + widest + yTitle;
                        String where = surface.key() + " " + view + " at " + width + "×" + height;
                        assertTrue(t.area().x() >= needed - 1e-9, where + ": margin " + t.area().x() + " < " + needed);
                    }
                }
            }
        }
    }
}
