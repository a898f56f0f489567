package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optiviz.plot.draw.Argb;

class RasterLinesTest {
    private static final int GREY = Argb.rgb(0x808080);

    private static int[] drawn(PathBuffer paths, double width) {
        int[] pixels = new int[60 * 40];
        Arrays.fill(pixels, GREY);
        RasterLines lines = new RasterLines(pixels, 60, 40);
        lines.add(paths, 0, 0, 1, Argb.rgb(0x000000), width);
        lines.finish();
        return pixels;
    }

    @Test
    void aLineDarkensThePixelsItCrossesAndNothingElse() {
        PathBuffer h = new PathBuffer();
        h.add(5.0, 20.0);
        h.add(55.0, 20.0);
        h.endPath(false);
        int[] px = drawn(h, 1);
        // The line y = 20 runs along the border of rows 19 and 20: both half covered.
        int above = px[19 * 60 + 30];
        int below = px[20 * 60 + 30];
        assertTrue(Argb.red(above) < 0x80 && Argb.red(above) > 0, Integer.toHexString(above));
        assertEquals(above, below);
        assertEquals(GREY, px[17 * 60 + 30], "two rows away");
        assertEquals(GREY, px[22 * 60 + 30]);
        assertEquals(GREY, px[20 * 60 + 1], "before the start");
        assertEquals(GREY, px[20 * 60 + 58], "after the end");
    }

    @Test
    void jointsAndClosedRingsDoNotDarkenTwice() {
        PathBuffer ring = new PathBuffer();
        ring.add(10.5, 10.5);
        ring.add(40.5, 10.5);
        ring.add(40.5, 30.5);
        ring.add(10.5, 30.5);
        ring.endPath(true);
        int[] px = drawn(ring, 1);
        int side = px[10 * 60 + 25];
        int corner = px[10 * 60 + 10];
        int closingSide = px[20 * 60 + 10];
        assertEquals(Argb.rgb(0x000000), side, "a 1 px line through pixel centres covers them fully");
        assertEquals(side, corner);
        assertEquals(side, closingSide, "the ring closes back to its start");
        assertEquals(GREY, px[20 * 60 + 25], "inside stays");
    }

    @Test
    void translucentToneBlendsByItsAlpha() {
        PathBuffer v = new PathBuffer();
        v.add(30.5, 2.0);
        v.add(30.5, 38.0);
        v.endPath(false);
        int[] pixels = new int[60 * 40];
        Arrays.fill(pixels, GREY);
        RasterLines lines = new RasterLines(pixels, 60, 40);
        lines.add(v, 0, 0, 1, Argb.withAlpha(0xffffff, 0.5), 1);
        lines.finish();
        int c = pixels[20 * 60 + 30];
        assertEquals(0xc0, Argb.red(c), 1, "half way from grey to white");
    }
}
