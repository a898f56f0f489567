package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.ViewBox;

class ViewTransformTest {
    private final PixelRect area = new PixelRect(50, 20, 800, 600);
    private final ViewTransform t = ViewTransform.of(new ViewBox(-2, 2, -1, 3), area);

    @Test
    void cornersMapToTheAreaWithYUp() {
        assertEquals(50, t.toPixelX(-2), 1e-12);
        assertEquals(850, t.toPixelX(2), 1e-12);
        assertEquals(20, t.toPixelY(3), 1e-12);
        assertEquals(620, t.toPixelY(-1), 1e-12);
    }

    @Test
    void worldAndPixelRoundTrip() {
        for (double x = -2; x <= 2; x += 0.37) {
            assertEquals(x, t.toWorldX(t.toPixelX(x)), 1e-12);
            assertEquals(x + 1, t.toWorldY(t.toPixelY(x + 1)), 1e-12);
        }
        assertEquals(333.25, t.toPixelX(t.toWorldX(333.25)), 1e-9);
        assertEquals(111.5, t.toPixelY(t.toWorldY(111.5)), 1e-9);
    }

    @Test
    void zoomAboutCursorKeepsTheWorldPointUnderIt() {
        double px = 611;
        double py = 137;
        double wx = t.toWorldX(px);
        double wy = t.toWorldY(py);
        ViewTransform in = t.zoomAbout(px, py, 1.25);
        assertEquals(wx, in.toWorldX(px), 1e-12);
        assertEquals(wy, in.toWorldY(py), 1e-12);
        assertEquals(t.view().width() / 1.25, in.view().width(), 1e-12);
        ViewTransform back = in.zoomAbout(px, py, 1 / 1.25);
        assertEquals(t.view().xMin(), back.view().xMin(), 1e-12);
        assertEquals(t.view().yMax(), back.view().yMax(), 1e-12);
    }

    @Test
    void absurdZoomIsRefused() {
        assertSame(t, t.zoomAbout(100, 100, 1e12));
        assertSame(t, t.zoomAbout(100, 100, 1e-12));
        assertSame(t, t.zoomAbout(100, 100, Double.NaN));
    }

    @Test
    void panMovesContentWithTheDrag() {
        double wx = t.toWorldX(300);
        double wy = t.toWorldY(300);
        ViewTransform moved = t.panBy(40, -25);
        assertEquals(wx, moved.toWorldX(340), 1e-12);
        assertEquals(wy, moved.toWorldY(275), 1e-12);
    }

    @Test
    void fitMakesUnitsEqualAndKeepsTheWholeView() {
        ViewTransform fit = ViewTransform.fit(new ViewBox(-6, 6, -3, 3), area);
        assertEquals(fit.scaleX(), fit.scaleY(), 1e-12);
        assertEquals(-6, fit.view().xMin(), 1e-12);
        assertEquals(6, fit.view().xMax(), 1e-12);
        assertEquals(-4.5, fit.view().yMin(), 1e-12);
        assertEquals(4.5, fit.view().yMax(), 1e-12);
    }

    @Test
    void resizeKeepsScaleAndCentre() {
        ViewTransform resized = t.withArea(new PixelRect(0, 0, 400, 300));
        assertEquals(t.scaleX(), resized.scaleX(), 1e-12);
        assertEquals(0, (resized.view().xMin() + resized.view().xMax()) / 2, 1e-12);
        assertEquals(1, (resized.view().yMin() + resized.view().yMax()) / 2, 1e-12);
    }
}
