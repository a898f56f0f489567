package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.plot.draw.Argb;
import org.optiviz.testkit.SignDescent;

class PaletteAndColorMapTest {
    private static final List<Integer> OKABE_ITO = List.of(0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2,
            0xD55E00, 0xCC79A7);

    @Test
    void everyOptimizerHasItsOwnLookOkabeItoFirst() {
        Set<Integer> seen = new HashSet<>();
        OptimizerKind[] kinds = OptimizerKind.values();
        for (int i = 0; i < kinds.length; i++) {
            int c = Palette.color(kinds[i]);
            assertEquals(255, Argb.alpha(c));
            assertTrue(Palette.names(kinds[i]), kinds[i] + " has a colour chosen for it, not a generated one");
            assertTrue(seen.add(c), "colour used twice: " + Palette.hex(kinds[i]));
            if (i < OKABE_ITO.size()) {
                assertTrue(OKABE_ITO.contains(c & 0xffffff), kinds[i] + " is an Okabe–Ito colour");
            }
        }
        for (OptimizerKind a : kinds) {
            for (OptimizerKind b : kinds) {
                boolean sameDash = Arrays.equals(Palette.dash(a), Palette.dash(b));
                if (a != b && sameDash) {
                    assertTrue(PlotFixtures.distance(Palette.color(a), Palette.color(b)) >= 60,
                            a + " and " + b + " are too alike and drawn alike");
                }
            }
        }
        assertEquals(0, Palette.dash(OptimizerKind.SGD).length, "the first ten are solid");
        assertTrue(Palette.dash(OptimizerKind.QHM).length > 0, "the next eight are dashed");
    }

    @Test
    void anOptimizerThePaletteDoesNotNameGetsAGeneratedDashedLook() {
        try (SignDescent.Scope registered = SignDescent.register()) {
            OptimizerKind kind = registered.kind();
            assertFalse(Palette.names(kind));
            int c = Palette.color(kind);
            assertEquals(255, Argb.alpha(c));
            assertEquals(c, Palette.color(kind), "the same every time");
            assertTrue(Palette.dash(kind).length > 0);
            assertTrue(Palette.contrast(c, Palette.haloFor(c)) >= 3, "visible over its halo");
        }
    }

    @Test
    void everyColourStandsOutFromItsHaloAndTheHaloFromEveryViridisBandOrTheLine() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            int line = Palette.color(kind);
            int halo = Palette.haloFor(line);
            // The outline stands out from the line, and on every band the line or its outline stands out.
            // Luminance alone cannot promise more than about 2 there: a band whose lightness lies between
            // line and outline is equally close to both; such bands differ from the line in hue instead.
            assertTrue(Palette.contrast(line, halo) >= 3, kind + " against its outline");
            double worst = Palette.worstBandContrast(line, halo);
            assertTrue(worst >= 2, kind + " with " + Argb.hex(halo) + " outline: worst contrast " + worst);
            int other = halo == Palette.haloFor(Argb.rgb(0xffffff)) ? Palette.haloFor(Argb.rgb(0x000000))
                    : Palette.haloFor(Argb.rgb(0xffffff));
            assertTrue(worst >= Palette.worstBandContrast(line, other), kind + ": the better outline is chosen");
        }
    }

    @Test
    void viridisTableRunsFromDarkPurpleToYellowWithRisingLightness() {
        int[] lut = ColorMap.viridis();
        assertEquals(256, lut.length);
        assertEquals(Argb.rgb(0x440154), lut[0]);
        assertEquals(Argb.rgb(0xfde725), lut[255]);
        for (int i = 1; i < 256; i++) {
            // Viridis rises in perceptual lightness; relative luminance may dip by rounding only.
            assertTrue(Argb.luminance(lut[i]) >= Argb.luminance(lut[i - 1]) - 0.002, "lightness rises at " + i);
        }
        assertEquals(lut[0], ColorMap.viridis(-3));
        assertEquals(lut[255], ColorMap.viridis(7));
        assertEquals(lut[128], ColorMap.viridis(0.5));
    }
}
