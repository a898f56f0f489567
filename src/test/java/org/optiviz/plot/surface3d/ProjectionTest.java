package org.optiviz.plot.surface3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.PixelRect;

/**
 * The projection on a square view [0, 2]² into a 200 × 100 area at (10, 20): the box is 1 × 1 × 0.75, its bounding
 * sphere of radius √(0.5² + 0.5² + 0.375²) = 0.800390… fills the shorter side, so one box unit is 50 / 0.800390…
 * pixels and the centre lands on (110, 70).
 */
class ProjectionTest {
    private static final ViewBox VIEW = new ViewBox(0, 2, 0, 2);
    private static final PixelRect AREA = new PixelRect(10, 20, 200, 100);
    private static final double UNIT = 100 / (2 * Math.sqrt(0.5 * 0.5 + 0.5 * 0.5 + 0.375 * 0.375));
    private static final double EPS = 1e-9;

    private static double[] at(Camera camera, double x, double y, double height) {
        double[] out = new double[3];
        new Projection(camera, VIEW, AREA).project(x, y, height, out);
        return out;
    }

    @Test
    void fromStraightAboveWithAzimuthMinus90TheViewIsAMap() {
        Camera top = new Camera(-90, 90, 1);
        // x grows to the right, y upwards, heights do not move a point.
        double[] corner = at(top, 2, 2, 0);
        assertEquals(110 + 0.5 * UNIT, corner[0], EPS);
        assertEquals(70 - 0.5 * UNIT, corner[1], EPS);
        double[] raised = at(top, 2, 2, 1);
        assertEquals(corner[0], raised[0], EPS);
        assertEquals(corner[1], raised[1], EPS);
        // The raised point is nearer the eye by the box's height.
        assertEquals(-0.75, raised[2] - corner[2], EPS);
        double[] origin = at(top, 0, 0, 0.5);
        assertEquals(110 - 0.5 * UNIT, origin[0], EPS);
        assertEquals(70 + 0.5 * UNIT, origin[1], EPS);
    }

    @Test
    void fromTheSideAtAzimuth0YRunsAcrossAndHeightUp() {
        Camera side = new Camera(0, 0, 1);
        double[] low = at(side, 1, 2, 0);
        assertEquals(110 + 0.5 * UNIT, low[0], EPS);
        assertEquals(70 + 0.375 * UNIT, low[1], EPS);
        double[] high = at(side, 1, 0, 1);
        assertEquals(110 - 0.5 * UNIT, high[0], EPS);
        assertEquals(70 - 0.375 * UNIT, high[1], EPS);
        // Looking from +x: larger x is nearer (smaller depth).
        assertEquals(-0.5, at(side, 2, 1, 0.5)[2], EPS);
        assertEquals(0.5, at(side, 0, 1, 0.5)[2], EPS);
    }

    @Test
    void zoomScalesAboutTheCentre() {
        double[] plain = at(new Camera(0, 0, 1), 1, 2, 0);
        double[] zoomed = at(new Camera(0, 0, 2), 1, 2, 0);
        assertEquals(110 + 2 * (plain[0] - 110), zoomed[0], EPS);
        assertEquals(70 + 2 * (plain[1] - 70), zoomed[1], EPS);
    }

    @Test
    void mplot3dsDefaultCameraSeesTheCornerAtXMaxYMinNearest() {
        Projection p = new Projection(Camera.DEFAULT, VIEW, AREA);
        double nearest = p.depth(p.boxX(2), p.boxY(0), 0);
        for (double[] corner : new double[][] {{0, 0}, {0, 2}, {2, 2}}) {
            double depth = p.depth(p.boxX(corner[0]), p.boxY(corner[1]), 0);
            assertEquals(true, depth > nearest, "corner " + corner[0] + ", " + corner[1]);
        }
    }

    @Test
    void aWideViewKeepsItsShapeUpToTwoToOne() {
        Projection wide = new Projection(Camera.DEFAULT, new ViewBox(0, 4, 0, 1), AREA);
        assertEquals(0.5, wide.halfX(), EPS);
        assertEquals(0.25, wide.halfY(), EPS);
        Projection thin = new Projection(Camera.DEFAULT, new ViewBox(0, 10, 0, 1), AREA);
        assertEquals(0.25, thin.halfY(), EPS);
    }

    @Test
    void cameraAnglesAreCheckedAndAzimuthWrapsRound() {
        assertEquals(-170, new Camera(190, 0, 1).azimuth(), EPS);
        assertEquals(180, new Camera(-180, 0, 1).azimuth(), EPS);
        assertEquals(90, Camera.DEFAULT.orbit(0, 500).elevation(), EPS);
        assertEquals(Camera.MAX_ZOOM, Camera.DEFAULT.zoomedBy(1e6).zoom(), EPS);
        assertNull(Camera.problem(10, -90, 1));
        assertNotNull(Camera.problem(10, 91, 1));
        assertNotNull(Camera.problem(Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Camera(0, 0, 0.1));
    }
}
