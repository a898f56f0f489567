package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.view.Layout;

/** render, animate and scenario with --view 3d and the camera flags. */
class Render3dCommandTest {
    @TempDir
    Path dir;

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void renderDrawsTheSurfaceIn3dAsSvg() throws Exception {
        Path svg = dir.resolve("ros.svg");
        CliRun run = CliRun.of("render", "--surface", "rosenbrock", "--optimizer", "sgd,adam", "--steps", "300",
                "--view", "3d", "--azimuth", "-30", "--elevation", "45", "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertEquals(64 * 64, count(text, "class=\"surface\""));
        // Each run's path, seen or (where a hill hides it) faint.
        for (String key : new String[] {"sgd", "adam"}) {
            assertTrue(java.util.regex.Pattern.compile("<path class=\"trajectory(-hidden)?\"[^>]*data-key=\"" + key
                    + "\"").matcher(text).find(), key);
        }
        assertTrue(text.contains(">f (log)<"), "Rosenbrock's heights are log-scaled");
        assertFalse(text.contains("class=\"heatmap\""), "no flat contours");
    }

    @Test
    void renderDrawsAGridOfSurfacesAsPng() throws Exception {
        Path png = dir.resolve("grid.png");
        CliRun run = CliRun.of("render", "--surface", "ellipsoid", "--optimizer", "sgd,momentum", "--view", "3d",
                "--grid", "--width", "600", "--height", "300", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        // Two cells side by side: the middle column is the page colour between them, both halves show a surface.
        int page = image.getRGB(299, 150);
        int left = 0;
        int right = 0;
        for (int x = 0; x < 600; x += 3) {
            for (int y = 0; y < 300; y += 3) {
                if (image.getRGB(x, y) != page) {
                    if (x < 300) {
                        left++;
                    } else {
                        right++;
                    }
                }
            }
        }
        assertTrue(left > 2000 && right > 2000, left + " and " + right);
    }

    @Test
    void theScenarioCommandKeepsLayoutAndCamera() throws Exception {
        Path file = dir.resolve("s.json");
        CliRun run = CliRun.of("scenario", "--surface", "beale", "--view", "3d", "--grid", "--azimuth", "120",
                "--zoom", "1.5", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        Scenario scenario = ScenarioJson.standard().read(file);
        assertEquals(Layout.GRID_3D, scenario.layout());
        assertEquals(new Camera(120, 30, 1.5), scenario.camera());
        // Turning it flat again keeps the grid.
        Path flat = dir.resolve("flat.json");
        assertEquals(0, CliRun.of("scenario", "--scenario", file.toString(), "--view", "2d", "--out",
                flat.toString()).exitCode());
        assertEquals(Layout.GRID, ScenarioJson.standard().read(flat).layout());
    }

    @Test
    void animateDrawsTheSurfaceIn3d() throws Exception {
        Path gif = dir.resolve("a.gif");
        CliRun run = CliRun.of("animate", "--surface", "himmelblau", "--optimizer", "adam", "--steps", "60",
                "--view", "3d", "--elevation", "60", "--width", "300", "--height", "240", "--frames", "4",
                "--out", gif.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(gif) > 1000);
    }

    @Test
    void badCameraFlagsGiveOneLine() {
        CliRun high = CliRun.of("render", "--view", "3d", "--elevation", "100", "--out", dir.resolve("x.png")
                .toString());
        assertEquals(2, high.exitCode());
        assertTrue(high.err().contains("--elevation: elevation 100.0 is outside -90..90"), high.err());
        assertEquals(1, high.err().strip().lines().count(), high.err());
        CliRun flat = CliRun.of("render", "--azimuth", "10", "--out", dir.resolve("x.png").toString());
        assertEquals(2, flat.exitCode());
        assertTrue(flat.err().contains("--azimuth: only the 3D view has a camera"), flat.err());
        CliRun both = CliRun.of("render", "--view", "3d", "--view", "2d", "--out", dir.resolve("x.png").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("give 3d or 2d, not both"), both.err());
    }
}
