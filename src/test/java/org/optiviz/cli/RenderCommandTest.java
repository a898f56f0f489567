package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersPngAtTheScaledSize() throws Exception {
        Path png = dir.resolve("plot.png");
        CliRun run = CliRun.of("render", "--surface", "beale", "--optimizer", "adam,rmsprop", "--steps", "200",
                "--width", "300", "--height", "200", "--scale", "2", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void rendersSvgFromAScenarioInGrid() throws Exception {
        Path scenario = dir.resolve("s.json");
        assertEquals(0, CliRun.of("scenario", "--optimizer", "sgd,nag,adam", "--out", scenario.toString())
                .exitCode());
        Path svg = dir.resolve("plot.SVG");
        CliRun run = CliRun.of("render", "--scenario", scenario.toString(), "--grid", "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"));
        assertEquals(3, text.split("class=\"trajectory\"", -1).length - 1, "one path per optimizer");
    }

    @Test
    void rendersTheLossChartAsPngAndSvg() throws Exception {
        Path png = dir.resolve("loss.png");
        CliRun run = CliRun.of("render", "--loss", "--optimizer", "sgd,adam", "--steps", "300", "--width", "400",
                "--height", "250", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(250, image.getHeight());
        Path svg = dir.resolve("loss.svg");
        run = CliRun.of("render", "--loss", "--optimizer", "sgd,adam", "--steps", "300", "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("class=\"loss\" data-key=\"sgd\"") && text.contains("data-key=\"adam\""), text);
        assertTrue(text.contains(">step</text>") && text.contains(">f − f_min (log scale)</text>"), "axis titles");
        assertFalse(text.contains("class=\"trajectory\""), "the chart alone, no plot");
    }

    @Test
    void animatesTheFramesAskedFor() throws Exception {
        Path gif = dir.resolve("race.gif");
        CliRun run = CliRun.of("animate", "--optimizer", "sgd,momentum", "--steps", "40", "--frames", "6", "--fps",
                "10", "--width", "320", "--height", "240", "--out", gif.toString());
        assertEquals(0, run.exitCode(), run.err());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            assertEquals(320, reader.getWidth(0));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void badFlagsGiveOneLineAndNoFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        String out = dir.resolve("p.png").toString();
        assertEquals("render: --out: '" + dir.resolve("p.jpg") + "' should end in .png or .svg",
                usage("render", "--out", dir.resolve("p.jpg").toString()));
        assertEquals("animate: --out: '" + out + "' should end in .gif", usage("animate", "--out", out));
        assertEquals("render: --width: 50 is outside 100..8000", usage("render", "--width", "50", "--out", out));
        assertEquals("render: --scale: 0.0 is outside [0.25, 8]", usage("render", "--scale", "0", "--out", out));
        assertEquals("render: --scale: 0.1 is outside [0.25, 8]", usage("render", "--scale", "0.1", "--out", out));
        assertEquals("render: --width 300 --height 200: a grid of 10 plots gets cells of 70×62 pixels; each needs "
                + "at least 120×120", usage("render", "--grid", "--optimizer",
                "sgd,momentum,nag,adagrad,rmsprop,adadelta,adam,adamw,adasmooth,eve", "--width", "300", "--height",
                "200", "--out", out));
        assertEquals("animate: --fps: 100.0 is outside 1..50",
                usage("animate", "--fps", "100", "--out", dir.resolve("a.gif").toString()));
        assertEquals("animate: --frames: 1 is outside 2..2000",
                usage("animate", "--frames", "1", "--out", dir.resolve("a.gif").toString()));
        assertEquals("render: --surface: unknown surface 'moon'; known: ellipsoid, rosenbrock, saddle, monkey-saddle,"
                + " beale, himmelblau, rastrigin", usage("render", "--surface", "moon", "--out", out));
        assertTrue(usage("render").startsWith("render: Missing required option: '--out"));
        Path underFile = file.resolve("p.png");
        assertEquals("render: --out: cannot write " + underFile + ": " + file + " is a file, not a folder",
                usage("render", "--out", underFile.toString()));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void picturesPastTheExportLimitsAreRefusedBeforeDrawing() {
        String png = dir.resolve("p.png").toString();
        assertEquals("render: --width 8000 --height 8000 --scale 2.0: the picture would be 16000×16000 pixels; "
                + "at most 67108864 in all", usage("render", "--width", "8000", "--height", "8000", "--scale", "2",
                "--out", png));
        assertEquals("render: --width 4000 --height 800 --scale 5.0: the picture would be 20000×4000 pixels; "
                + "at most 16384 per side", usage("render", "--width", "4000", "--scale", "5", "--out", png));
        assertEquals("animate: --width 5000 --height 4000 --scale 1.0: the picture would be 5000×4000 pixels; "
                + "at most 16777216 in all", usage("animate", "--width", "5000", "--height", "4000", "--out",
                dir.resolve("a.gif").toString()));
        assertFalse(Files.exists(Path.of(png)));
    }

    private static String usage(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        return run.errorLine();
    }
}
