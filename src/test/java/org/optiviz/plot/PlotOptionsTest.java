package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.optiviz.plot.PlotOptions.Fill;

class PlotOptionsTest {
    private static final PlotOptions D = PlotOptions.defaults();

    @Test
    void eachWithChangesOnlyItsOwnField() {
        assertEquals(new PlotOptions(false, true, true, true, 1, Theme.LIGHT, "", Fill.RASTER, 1, 2,
                "diverged at step {0}"), D.withAxes(false));
        assertEquals(new PlotOptions(true, false, true, true, 1, Theme.LIGHT, "", Fill.RASTER, 1, 2, null),
                D.withLegend(false));
        assertEquals(new PlotOptions(true, true, false, true, 1, Theme.LIGHT, "", Fill.RASTER, 1, 2, null),
                D.withFormula(false));
        assertEquals(new PlotOptions(true, true, true, false, 1, Theme.LIGHT, "", Fill.RASTER, 1, 2, null),
                D.withIsoLines(false));
        assertEquals(new PlotOptions(true, true, true, true, 1.5, Theme.LIGHT, "", Fill.RASTER, 1, 2, null),
                D.withScale(1.5));
        assertEquals(new PlotOptions(true, true, true, true, 1, Theme.DARK, "", Fill.RASTER, 1, 2, null),
                D.withTheme(Theme.DARK));
        assertEquals(new PlotOptions(true, true, true, true, 1, Theme.LIGHT, "Adam", Fill.RASTER, 1, 2, null),
                D.withTitle("Adam"));
        assertEquals(new PlotOptions(true, true, true, true, 1, Theme.LIGHT, "", Fill.BANDS, 1, 2, null),
                D.withFill(Fill.BANDS));
        assertEquals(new PlotOptions(true, true, true, true, 1, Theme.LIGHT, "", Fill.RASTER, 3, 2, null),
                D.withRasterScale(3));
        assertEquals(new PlotOptions(true, true, true, true, 1, Theme.LIGHT, "", Fill.RASTER, 1, 4, null),
                D.withSampleStep(4));
        assertEquals("divergiert bei Schritt 7", D.withDivergedText("divergiert bei Schritt {0}").divergedLabel(7));
        assertEquals("", D.withTitle(null).title());
    }

    @Test
    void aChangedCopyIsCheckedLikeANewOne() {
        assertThrows(IllegalArgumentException.class, () -> D.withScale(0));
        assertThrows(IllegalArgumentException.class, () -> D.withRasterScale(9));
        assertThrows(IllegalArgumentException.class, () -> D.withSampleStep(17));
    }
}
