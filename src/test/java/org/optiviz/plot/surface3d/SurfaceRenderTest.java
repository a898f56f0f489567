package org.optiviz.plot.surface3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.Field;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.plot.draw.SvgRenderer;
import org.optiviz.plot.draw.TextLabel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The 3D view of Rosenbrock drawn headless, as a PNG export and as SVG, checked for what a user should see. */
class SurfaceRenderTest {
    private static final Surface ROSENBROCK = Surfaces.byKey("rosenbrock");
    private static final List<OptimizerKind> KINDS = List.of(OptimizerKind.SGD, OptimizerKind.MOMENTUM,
            OptimizerKind.ADAM);

    private static List<RunTrace> traces() {
        Race race = RaceSetup.defaults(ROSENBROCK, KINDS).toRace(true);
        race.step(300, 1_000_000);
        List<RunTrace> traces = new ArrayList<>();
        for (Run run : race.runs()) {
            traces.add(RunTrace.of(run));
        }
        return traces;
    }

    private static PlotRequest request(List<RunTrace> runs) {
        return PlotRequest.of(ROSENBROCK, 800, 600).withRuns(runs).withCamera(Camera.DEFAULT);
    }

    private static BufferedImage png(PlotRequest request) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        PlotComposer.compose(request).accept(new Java2dRenderer(g));
        g.dispose();
        return image;
    }

    @Test
    void thePngShowsTheNearestQuadOnTopInItsShadedColour() {
        PlotRequest request = request(List.of());
        BufferedImage image = png(request);
        ProjectedMesh mesh = ProjectedMesh.of(SurfaceComposer.heightField(request),
                SurfaceComposer.projection(request));
        // Quads painted late (the nearest) show at their centres in their own colours, over what lies behind:
        // three of them large enough on screen that no later quad reaches their centre.
        int checked = 0;
        for (int rank = mesh.count() - 1; rank >= 0 && checked < 3; rank--) {
            int quad = mesh.quadAt(rank);
            double[] c = new double[8];
            mesh.corners(quad, c);
            double cx = (c[0] + c[2] + c[4] + c[6]) / 4;
            double cy = (c[1] + c[3] + c[5] + c[7]) / 4;
            double area = Math.abs((c[4] - c[0]) * (c[7] - c[3]) - (c[6] - c[2]) * (c[5] - c[1])) / 2;
            if (area < 16 || coveredLater(mesh, rank, cx, cy)) {
                continue;
            }
            assertEquals(mesh.color(quad) & 0xffffff, image.getRGB((int) cx, (int) cy) & 0xffffff, "quad " + quad);
            checked++;
        }
        assertEquals(3, checked);
        // The surface fills a good part of the plot.
        int page = request.options().theme().background() & 0xffffff;
        long covered = 0;
        for (int y = 0; y < 600; y += 4) {
            for (int x = 0; x < 800; x += 4) {
                if ((image.getRGB(x, y) & 0xffffff) != page) {
                    covered++;
                }
            }
        }
        assertTrue(covered > 200 * 150 / 3, "surface and panes cover " + covered + " of 30,000 samples");
    }

    @Test
    void thePngShowsEveryRunsBallInItsColourWhereItsLastPointLies() {
        List<RunTrace> runs = traces();
        PlotRequest request = request(runs);
        BufferedImage image = png(request);
        Projection p = SurfaceComposer.projection(request);
        HeightField field = SurfaceComposer.heightField(request);
        // The ball of the run drawn last cannot be covered by another run's ball.
        RunTrace top = runs.get(runs.size() - 1);
        double x = top.xs().get(top.count() - 1);
        double y = top.ys().get(top.count() - 1);
        double[] at = new double[3];
        p.project(x, y, field.heightAt(x, y), at);
        assertEquals(top.argb() & 0xffffff, image.getRGB((int) Math.round(at[0]), (int) Math.round(at[1]) + 2)
                & 0xffffff);
    }

    @Test
    void rosenbrocksHeightsAreLogScaledAndLabelledSo() {
        Drawing drawing = PlotComposer.compose(request(List.of()));
        List<String> texts = new ArrayList<>();
        collectTexts(drawing.items(), texts);
        assertTrue(texts.contains("f (log)"), texts.toString());
        assertTrue(texts.containsAll(List.of("100", "1000")), "powers of ten up the height axis: " + texts);
        assertTrue(texts.contains("Rosenbrock"), texts.toString());
        assertTrue(texts.containsAll(List.of("x", "y")), texts.toString());
    }

    @Test
    void theSvgHasEveryQuadAsAPathFarthestFirstThePathsAndTheBalls() throws Exception {
        List<RunTrace> runs = traces();
        PlotRequest request = request(runs).withOptions(PlotOptions.defaults().withFill(PlotOptions.Fill.BANDS));
        Document doc = parse(SvgRenderer.render(PlotComposer.compose(request)));
        List<Element> quads = byClass(doc, "path", "surface");
        assertEquals(64 * 64, quads.size());
        assertEquals(3, byClass(doc, "path", "pane").size());
        ProjectedMesh mesh = ProjectedMesh.of(SurfaceComposer.heightField(request),
                SurfaceComposer.projection(request));
        double[] corners = new double[8];
        mesh.corners(mesh.quadAt(0), corners);
        double[] first = firstPoint(quads.get(0).getAttribute("d"));
        // The farthest quad is written first (grown by a little over half a pixel against seams).
        assertEquals(corners[0], first[0], 0.8);
        assertEquals(corners[1], first[1], 0.8);
        List<String> keys = new ArrayList<>();
        for (Element path : byClass(doc, "path", "trajectory")) {
            keys.add(path.getAttribute("data-key"));
        }
        assertEquals(List.of("sgd", "momentum", "adam"), keys);
        assertEquals(3, byClass(doc, "circle", "current").size());
        assertEquals(1, byClass(doc, "path", "start").size());
    }

    @Test
    void aFieldThatIsNotATestSurfaceDrawsToo() {
        PlotRequest request = new PlotRequest(new PlaneField(1, 1), new org.optiviz.core.surface.ViewBox(-1, 1, -1,
                1), 300, 200, List.of(), null, PlotOptions.defaults()).withCamera(new Camera(30, 60, 1.5));
        Drawing drawing = PlotComposer.compose(request);
        PixelRect area = SurfaceComposer.area(request);
        assertTrue(area.width() > 250 && area.height() > 150, area.toString());
        assertTrue(drawing.items().size() > 3);
        assertEquals(Field.class.isInstance(request.field()), true);
    }

    /** Whether a quad painted after this rank has its bounding box around the pixel of (x, y). */
    private static boolean coveredLater(ProjectedMesh mesh, int rank, double x, double y) {
        double[] c = new double[8];
        for (int later = rank + 1; later < mesh.count(); later++) {
            mesh.corners(mesh.quadAt(later), c);
            double minX = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6])) - 1;
            double maxX = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6])) + 1;
            double minY = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7])) - 1;
            double maxY = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7])) + 1;
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                return true;
            }
        }
        return false;
    }

    private static void collectTexts(List<Item> items, List<String> out) {
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                collectTexts(group.items(), out);
            } else if (item instanceof TextLabel label) {
                out.add(label.text());
            }
        }
    }

    private static double[] firstPoint(String d) {
        String[] parts = d.replace("M", " ").replace("L", " ").replace(",", " ").trim().split("\\s+");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").equals(cls)) {
                out.add(e);
            }
        }
        return out;
    }
}
