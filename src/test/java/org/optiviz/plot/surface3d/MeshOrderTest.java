package org.optiviz.plot.surface3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.ColorMap;
import org.optiviz.plot.PixelRect;

/**
 * Painting order and shading of small meshes, as mplot3d's Poly3DCollection orders its polygons: by the mean depth
 * of their corners, farthest first. Quad (i, j) of a 2 × 2 mesh has index 2j + i, column i along x, row j along y.
 */
class MeshOrderTest {
    private static final ViewBox VIEW = new ViewBox(0, 2, 0, 2);
    private static final PixelRect AREA = new PixelRect(0, 0, 200, 200);

    private static int[] order(Camera camera, PlaneField plane) {
        HeightField field = HeightField.sample(plane, VIEW, 2);
        ProjectedMesh mesh = ProjectedMesh.of(field, new Projection(camera, VIEW, AREA));
        int[] order = new int[mesh.count()];
        for (int rank = 0; rank < order.length; rank++) {
            order[rank] = mesh.quadAt(rank);
        }
        return order;
    }

    @Test
    void lookingFromPlusXTheColumnAtSmallXIsPaintedFirst() {
        // Equal depths (same column) keep index order.
        assertArrayEquals(new int[] {0, 2, 1, 3}, order(new Camera(0, 0, 1), new PlaneField(1, 0)));
    }

    @Test
    void lookingFromMinusXTheColumnAtLargeXIsPaintedFirst() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, order(new Camera(180, 0, 1), new PlaneField(1, 0)));
    }

    @Test
    void lookingFromPlusYTheRowAtSmallYIsPaintedFirst() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, order(new Camera(90, 0, 1), new PlaneField(0, 1)));
    }

    @Test
    void fromAboveTheLowerQuadsOfASlopeArePaintedFirst() {
        // Straight down, depth is minus the height: the plane rises with x + 2y, so the order follows x + 2y.
        assertArrayEquals(new int[] {0, 1, 2, 3}, order(new Camera(-90, 90, 1), new PlaneField(1, 2)));
        assertArrayEquals(new int[] {0, 2, 1, 3}, order(new Camera(-90, 90, 1), new PlaneField(2, 1)));
    }

    @Test
    void fromTheDefaultCameraTheFarCornerComesFirstAndTheNearCornerLast() {
        // The eye is towards +x, −y: quad (0, 1) is farthest, quad (1, 0) nearest.
        int[] order = order(Camera.DEFAULT, new PlaneField(0, 0.001));
        assertEquals(2, order[0]);
        assertEquals(1, order[3]);
    }

    @Test
    void equalDepthsKeepIndexOrder() {
        assertArrayEquals(new int[] {1, 0, 2, 3}, ProjectedMesh.farthestFirst(new double[] {1, 2, 1, 0.5}));
    }

    @Test
    void aFlatQuadIsShadedAsMplot3dShadesItUnderItsDefaultLight() {
        double[] x = {0, 1, 1, 0};
        double[] y = {0, 0, 1, 1};
        double[] z = {0, 0, 0, 0};
        // The light comes from (−2/3, −2/3, 1/3): a level quad catches a third of it.
        assertEquals(1.0 / 3, ProjectedMesh.shade(x, y, z, 0, 1, 2, 3), 1e-12);
        int grey = 0xff969696;
        // 0.3 + 0.7 × (1/3 + 1) / 2 = 23/30 of 150 is 115.
        assertEquals(0xff737373, ProjectedMesh.shaded(grey, 1.0 / 3));
        // A quad facing the light fully keeps its colour; facing away it keeps 30 %.
        assertEquals(ColorMap.viridis(0.5), ProjectedMesh.shaded(ColorMap.viridis(0.5), 1));
        assertEquals(0xff2d2d2d, ProjectedMesh.shaded(grey, -1));
    }

    @Test
    void heightsFollowTheColourMapOfTheFlatPlot() {
        HeightField field = HeightField.sample(new PlaneField(1, 0), VIEW, 4);
        // Linear scale: height grows with f from the first column to the last.
        assertEquals(false, field.logScale());
        for (int i = 1; i <= 4; i++) {
            assertEquals(true, field.height(i, 0) > field.height(i - 1, 0));
            assertEquals(field.height(i, 0), field.height(i, 4), 1e-12);
        }
        assertEquals(field.height(2, 1), field.heightAt(1, 0.5), 1e-12);
    }
}
