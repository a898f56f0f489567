package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.optiviz.core.race.Race;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.SvgRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The composed plot as SVG: well-formed XML with real elements. */
class SvgPlotTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Elements of the tag whose attribute has this value ("" for elements without it). */
    private static List<Element> byAttribute(Document doc, String tag, String attribute, String value) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (value.equals(e.getAttribute(attribute))) {
                out.add(e);
            }
        }
        return out;
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

    @Test
    void vectorPlotHasOnePathPerRunBandsIsoLinesAxesAndLegend() throws Exception {
        Surface surface = Surfaces.byKey("rosenbrock");
        Race race = PlotFixtures.race(surface, 300);
        PlotRequest request = PlotRequest.of(surface, 800, 600).withRuns(PlotFixtures.traces(race))
                .withOptions(PlotOptions.defaults().withFill(PlotOptions.Fill.BANDS));
        Document doc = parse(SvgRenderer.render(PlotComposer.compose(request)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<Element> paths = byClass(doc, "path", "trajectory");
        assertEquals(race.runs().size(), paths.size());
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(race.runs().get(i).kind().key(), paths.get(i).getAttribute("data-key"));
            assertEquals(Palette.hex(race.runs().get(i).kind()), paths.get(i).getAttribute("stroke"));
            assertTrue(paths.get(i).getAttribute("d").startsWith("M"));
        }
        ContourLevels levels = ContourLevels.choose(
                ValueGrid.sample(Field.of(surface), PlotComposer.transform(request), 2).values(), surface.floor());
        List<Element> bands = byAttribute(doc, "path", "fill-rule", "evenodd");
        assertTrue(bands.size() >= levels.count() - 1 && bands.size() <= levels.count(), bands.size() + " bands");
        for (Element band : bands) {
            assertEquals("evenodd", band.getAttribute("fill-rule"));
            assertTrue(band.getAttribute("d").endsWith("Z"), "bands are closed rings");
        }
        assertTrue(byAttribute(doc, "path", "class", "").size() - bands.size() >= levels.count() - 1, "iso-lines");
        assertTrue(byAttribute(doc, "text", "class", "").size() >= 6, "tick labels");
        assertEquals(race.runs().size(), byClass(doc, "text", "legend-label").size());
        assertEquals(1, byClass(doc, "text", "formula").size());
        assertEquals(surface.formula(), byClass(doc, "text", "formula").get(0).getTextContent());
        assertEquals(0, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength());
    }

    @Test
    void rasterPlotEmbedsThePngAndTextIsEscaped() throws Exception {
        Surface surface = Surfaces.byKey("beale");
        String title = "A <b> & \"c\" 'd' 步";
        PlotRequest request = PlotRequest.of(surface, 400, 300)
                .withOptions(PlotOptions.defaults().withTitle(title));
        String svg = SvgRenderer.render(PlotComposer.compose(request));
        Document doc = parse(svg);
        List<Element> images = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image");
        for (int i = 0; i < nodes.getLength(); i++) {
            images.add((Element) nodes.item(i));
        }
        assertEquals(1, images.size());
        assertTrue(images.get(0).getAttributeNS("http://www.w3.org/1999/xlink", "href")
                .startsWith("data:image/png;base64,"));
        assertEquals(title, byClass(doc, "text", "title").get(0).getTextContent());
    }
}
