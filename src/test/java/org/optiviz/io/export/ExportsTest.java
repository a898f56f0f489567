package org.optiviz.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.ViewTransform;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportsTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x777777);

    @TempDir
    Path dir;

    /** Three clearly coloured runs on the ellipsoid, one hidden. */
    private static RaceSnapshot snapshot(Layout layout) throws Exception {
        Scenario s = JSON.parse("""
                {"version": 1, "surface": "ellipsoid", "stepLimit": 60, "layout": "%s",
                 "optimizers": [
                   {"key": "sgd", "colour": "#E69F00", "params": {"lr": 0.4}},
                   {"key": "momentum", "colour": "#0072B2", "params": {"lr": 0.05}},
                   {"key": "adam", "colour": "#D55E00", "shown": false}]}""".formatted(layout.key()));
        return RaceSnapshot.run(s);
    }

    @Test
    void pngHasTheScaledSizeAndEachPathInItsColour() throws Exception {
        RaceSnapshot snapshot = snapshot(Layout.OVERLAY);
        assertEquals(2, snapshot.traces().size(), "the hidden run is not drawn");
        Path file = dir.resolve("plot.png");
        Exports.png(file, PlotCells.of(snapshot, 500, 400, PlotOptions.defaults()), 2);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(800, image.getHeight());
        ViewTransform t = PlotComposer.transform(PlotCells.of(snapshot, 500, 400, PlotOptions.defaults()).cells()
                .get(0).request());
        for (RunTrace trace : snapshot.traces()) {
            assertColourAlongPath(image, trace, snapshot.traces(), t, 0, 0, 2);
        }
        assertFalse(hasColourNear(image, 0xD55E00, 500, 400, 500), "no trace of the hidden run's colour");
    }

    @Test
    void gridPngDrawsEachPathInItsOwnCell() throws Exception {
        RaceSnapshot snapshot = snapshot(Layout.GRID);
        Picture picture = PlotCells.of(snapshot, 800, 400, PlotOptions.defaults());
        BufferedImage image = PlotPictures.image(picture, 1);
        List<PlacedPlot> cells = picture.cells();
        assertEquals(2, cells.size());
        assertEquals(403, cells.get(1).x(), "side by side (the plots are wider than tall), a 6-pixel gap between");
        for (int i = 0; i < 2; i++) {
            PlacedPlot cell = cells.get(i);
            ViewTransform t = PlotComposer.transform(cell.request());
            assertColourAlongPath(image, snapshot.traces().get(i), List.of(snapshot.traces().get(i)), t, cell.x(),
                    cell.y(), 1);
        }
    }

    /**
     * At the path's points that nothing else covers (another path, a head dot, the start marker), the picture has
     * the path's exact colour within a couple of pixels.
     */
    private static void assertColourAlongPath(BufferedImage image, RunTrace trace, List<RunTrace> all,
                                              ViewTransform t, double dx, double dy, double scale) {
        int rgb = trace.argb() & 0xFFFFFF;
        int found = 0;
        int checked = 0;
        for (int step = 1; step < trace.count(); step++) {
            double px = t.toPixelX(trace.xs().get(step));
            double py = t.toPixelY(trace.ys().get(step));
            if (!t.area().contains(px, py) || covered(trace, all, t, px, py)) {
                continue;
            }
            double x = (dx + px) * scale;
            double y = (dy + py) * scale;
            checked++;
            if (hasColourNear(image, rgb, (int) Math.round(x), (int) Math.round(y), (int) Math.ceil(2 * scale))) {
                found++;
            }
        }
        assertTrue(checked >= 5, trace.key() + ": enough points to check");
        assertTrue(found >= checked * 0.8, trace.key() + ": colour " + Integer.toHexString(rgb) + " found at "
                + found + " of " + checked + " path points");
    }

    private static boolean covered(RunTrace trace, List<RunTrace> all, ViewTransform t, double px, double py) {
        double clear = 14;
        for (RunTrace other : all) {
            int last = other.count() - 1;
            if (Math.hypot(t.toPixelX(other.xs().get(last)) - px, t.toPixelY(other.ys().get(last)) - py) < clear
                    || Math.hypot(t.toPixelX(other.xs().get(0)) - px, t.toPixelY(other.ys().get(0)) - py) < clear) {
                return true;
            }
            if (other == trace) {
                continue;
            }
            for (int i = 0; i < other.count(); i++) {
                if (Math.hypot(t.toPixelX(other.xs().get(i)) - px, t.toPixelY(other.ys().get(i)) - py) < clear) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasColourNear(BufferedImage image, int rgb, int cx, int cy, int radius) {
        for (int y = Math.max(0, cy - radius); y <= Math.min(image.getHeight() - 1, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(image.getWidth() - 1, cx + radius); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void svgParsesWithOnePathPerTrajectory() throws Exception {
        for (Layout layout : Layout.values()) {
            if (layout == Layout.SWEEP) {
                continue; // a heat map of hyperparameters: no paths, its cells an embedded raster
            }
            RaceSnapshot snapshot = snapshot(layout);
            Path file = dir.resolve(layout.key() + ".svg");
            Exports.svg(file, PlotCells.of(snapshot, 800, 600, PlotOptions.defaults()));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals("800", doc.getDocumentElement().getAttribute("width"));
            List<Element> paths = new ArrayList<>();
            NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < all.getLength(); i++) {
                Element path = (Element) all.item(i);
                if ("trajectory".equals(path.getAttribute("class"))) {
                    paths.add(path);
                }
            }
            assertEquals(List.of("sgd", "momentum"), paths.stream().map(p -> p.getAttribute("data-key")).toList(),
                    layout + ": one path per shown trajectory");
            assertEquals("#e69f00", paths.get(0).getAttribute("stroke").toLowerCase());
            int rasters = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength();
            if (layout == Layout.MAP) {
                assertEquals(2, rasters, layout + ": each shown optimizer's convergence map, as a picture");
            } else {
                assertEquals(0, rasters, layout + ": contours as vector bands, no embedded raster");
            }
            NodeList clips = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "clipPath");
            for (int i = 0; i < clips.getLength(); i++) {
                ids.add(((Element) clips.item(i)).getAttribute("id"));
            }
            assertEquals(ids.size(), ids.stream().distinct().count(), layout + ": ids unique " + ids);
            assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                    layout + ": one flat document, no nested <svg> (drawn blank by some renderers)");
        }
    }

    @Test
    void gifHasTheFramesAndDelayAskedFor(@TempDir Path out) throws Exception {
        RaceSnapshot snapshot = snapshot(Layout.OVERLAY);
        Path file = out.resolve("race.gif");
        Exports.gif(file, PlotCells.of(snapshot, 400, 300, PlotOptions.defaults()), 1, 20, 12, ExportProgress.NONE);
        List<GifReading.Frame> frames = GifReading.read(file);
        assertEquals(12, frames.size());
        assertEquals(5, frames.get(0).delay());
        assertEquals(5, frames.get(10).delay());
        assertTrue(GifReading.loopsForever(file));
        BufferedImage last = frames.get(11).composed();
        assertEquals(400, last.getWidth());
        assertEquals(300, last.getHeight());
        ViewTransform t = PlotComposer.transform(PlotCells.of(snapshot, 400, 300, PlotOptions.defaults()).cells()
                .get(0).request());
        for (RunTrace trace : snapshot.traces()) {
            assertColourAlongPath(last, trace, snapshot.traces(), t, 0, 0, 1);
        }
        RunTrace sgd = snapshot.traces().get(0);
        int farX = (int) Math.round(t.toPixelX(sgd.xs().get(40)));
        int farY = (int) Math.round(t.toPixelY(sgd.ys().get(40)));
        assertFalse(hasColourNear(frames.get(0).composed(), 0xE69F00, farX, farY, 2), "frame 0 is the start");
    }

    @Test
    void framesSpreadEvenlyFromStartToLastStep() throws Exception {
        GifFrames frames = new GifFrames(PlotCells.of(snapshot(Layout.OVERLAY), 300, 200, PlotOptions.defaults()), 1,
                7);
        assertEquals(List.of(0, 10, 20, 30, 40, 50, 60),
                java.util.stream.IntStream.range(0, 7).map(frames::stepOf).boxed().toList());
    }

    @Test
    void unwritablePathsGiveOneLineAndLeaveNoFile() throws Exception {
        RaceSnapshot snapshot = snapshot(Layout.OVERLAY);
        Path regularFile = Files.writeString(dir.resolve("notes.txt"), "x");
        Path underFile = regularFile.resolve("plot.png");
        IOException e = assertThrows(IOException.class,
                () -> Exports.png(underFile, PlotCells.of(snapshot, 300, 200, PlotOptions.defaults()), 1));
        assertEquals("cannot write " + underFile + ": " + regularFile + " is a file, not a folder", e.getMessage());

        Path proc = Path.of("/proc/optiviz-export.svg"); // a folder nobody, not even root, may create files in
        if (Files.isDirectory(proc.getParent())) {
            IOException denied = assertThrows(IOException.class,
                    () -> Exports.svg(proc, PlotCells.of(snapshot, 300, 200, PlotOptions.defaults())));
            assertTrue(denied.getMessage().startsWith("cannot write " + proc + ": "), denied.getMessage());
            assertFalse(denied.getMessage().contains("\n"));
            assertFalse(Files.exists(proc));
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(regularFile), left.toList(), "no partial or temporary file");
        }
    }

    @Test
    void picturesTooLargeForMemoryAreRefusedBeforeDrawing() throws Exception {
        Picture picture = PlotCells.of(snapshot(Layout.OVERLAY), 5000, 4000, PlotOptions.defaults());
        Path png = dir.resolve("big.png");
        IOException tooMany = assertThrows(IOException.class, () -> Exports.png(png, picture, 2));
        assertEquals("the picture would be 10000×8000 pixels; at most 67108864 in all", tooMany.getMessage());
        IOException tooWide = assertThrows(IOException.class, () -> Exports.png(png, picture, 4));
        assertEquals("the picture would be 20000×16000 pixels; at most 16384 per side", tooWide.getMessage());
        IOException frame = assertThrows(IOException.class,
                () -> Exports.gif(dir.resolve("big.gif"), picture, 1, 10, 2, ExportProgress.NONE));
        assertEquals("the picture would be 5000×4000 pixels; at most 16777216 in all", frame.getMessage());
        assertEquals(null, Exports.sizeProblem(8000, 8000, Exports.MAX_PIXELS));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aFailingEncoderLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.gif"), "old");
        RaceSnapshot snapshot = snapshot(Layout.OVERLAY);
        Picture picture = PlotCells.of(snapshot, 300, 200, PlotOptions.defaults());
        assertThrows(java.util.concurrent.CancellationException.class, () -> Exports.gif(file, picture, 1, 10, 50,
                new ExportProgress() {
                    @Override
                    public void progress(int done, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                }));
        assertEquals("old", Files.readString(file));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }
}
