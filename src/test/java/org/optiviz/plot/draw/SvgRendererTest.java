package org.optiviz.plot.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgRendererTest {
    @Test
    void numbersHaveAtMostTwoDecimalsAndADotInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("3", SvgRenderer.num(3.0001));
            assertEquals("-1.5", SvgRenderer.num(-1.5));
            assertEquals("0.05", SvgRenderer.num(0.049));
            assertEquals("12.34", SvgRenderer.num(12.3449));
            assertEquals("0", SvgRenderer.num(-0.001));
            assertEquals("0", SvgRenderer.num(Double.NaN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void textIsEscapedAndInvalidXmlCharactersDropped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; 步", SvgRenderer.escape("a <b> & \"c\" 'd' 步"));
        assertEquals("ab", SvgRenderer.escape("a\u0001b"));
    }

    @Test
    void polylineWithAGapBecomesOnePathWithTwoMoves() {
        Polyline line = new Polyline(new double[] {0, 0, 10, 10, Double.NaN, Double.NaN, 20, 0, 30, 5}, 5,
                Argb.rgb(0xff0000), 2, Argb.rgb(0xffffff), 4, "trajectory", "sgd");
        String svg = SvgRenderer.render(new Drawing(40, 40, List.of(line)));
        assertTrue(svg.contains("class=\"trajectory\" data-key=\"sgd\""), svg);
        assertTrue(svg.contains("d=\"M0 0L10 10M20 0L30 5\""), svg);
        assertTrue(svg.indexOf("trajectory-halo") < svg.indexOf("class=\"trajectory\""), "halo first");
    }

    @Test
    void aDashedLineHasADashArrayAndFlatEndsOverASolidHalo() {
        Polyline line = new Polyline(new double[] {0, 0, 30, 0}, 2, Argb.rgb(0x44aa99), 2, Argb.rgb(0x161616), 4,
                "trajectory", "adamax", new double[] {7, 3.6});
        String svg = SvgRenderer.render(new Drawing(40, 40, List.of(line)));
        String halo = svg.substring(svg.indexOf("trajectory-halo"), svg.indexOf("/>", svg.indexOf("trajectory-halo")));
        String path = svg.substring(svg.indexOf("class=\"trajectory\""));
        assertTrue(path.contains("stroke-dasharray=\"7 3.6\""), path);
        assertTrue(path.contains("stroke-linecap=\"butt\""), path);
        assertTrue(!halo.contains("dasharray"), halo);
    }
}
