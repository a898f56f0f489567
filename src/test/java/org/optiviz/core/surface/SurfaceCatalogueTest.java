package org.optiviz.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceCatalogueTest {
    @Test
    void keysAreTheDocumentedOnes() {
        assertEquals(List.of("ellipsoid", "rosenbrock", "saddle", "monkey-saddle", "beale", "himmelblau", "rastrigin"),
                Surfaces.all().stream().map(Surface::key).toList());
    }

    @Test
    void valuesAtKnownPoints() {
        assertEquals(0.1 * 4 + 2 * 9, Surfaces.byKey("ellipsoid").value(2, 3), 0);
        assertEquals(4 + 100 * 1, Surfaces.byKey("rosenbrock").value(-1, 2), 0);
        assertEquals(-5, Surfaces.byKey("saddle").value(2, 3), 0);
        assertEquals(8 - 3 * 2 * 9, Surfaces.byKey("monkey-saddle").value(2, 3), 0);
        assertEquals(14.203125, Surfaces.byKey("beale").value(0, 0), 1e-12);
        assertEquals(170, Surfaces.byKey("himmelblau").value(0, 0), 0);
        assertEquals(2, Surfaces.byKey("rastrigin").value(1, 1), 1e-12);
    }

    @Test
    void minimaAreMinimaAndFloorsBoundTheView() {
        double[] g = new double[2];
        for (Surface surface : Surfaces.all()) {
            for (Point min : surface.minima()) {
                surface.gradient(min.x(), min.y(), g);
                assertEquals(0, Math.hypot(g[0], g[1]), 1e-9, surface.key() + " gradient at minimum " + min);
                assertEquals(surface.floor(), surface.value(min.x(), min.y()), 1e-9, surface.key() + " " + min);
            }
            ViewBox v = surface.defaultView();
            for (int i = 0; i <= 50; i++) {
                for (int j = 0; j <= 50; j++) {
                    double x = v.xMin() + v.width() * i / 50;
                    double y = v.yMin() + v.height() * j / 50;
                    assertTrue(surface.value(x, y) >= surface.floor() - 1e-9, surface.key() + " below floor");
                }
            }
            assertTrue(v.contains(surface.defaultStart().x(), surface.defaultStart().y()), surface.key());
        }
        assertTrue(Surfaces.byKey("saddle").minima().isEmpty());
        assertEquals(4, Surfaces.byKey("himmelblau").minima().size());
    }

    @Test
    void unknownKeyNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surfaces.byKey("bowl"));
        assertTrue(e.getMessage().contains("'bowl'") && e.getMessage().contains("rosenbrock"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
