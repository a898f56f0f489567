package org.optiviz.plot;

import java.util.function.Consumer;

/**
 * How a plot looks, apart from what it shows.
 *
 * @param showAxes      axes with ticks and labels around the plot area (margins are kept for them)
 * @param showLegend    a legend box with each run's colour and name, in the corner with the fewest path points
 * @param showFormula   the surface's formula after the title
 * @param showIsoLines  iso-lines over the filled contours
 * @param scale         size of text, lines and markers (1 normal; 1.5–2 for a projector in presentation mode)
 * @param theme         colours around the heat map
 * @param title         bold text above the plot; empty means the surface's name (side-by-side cells pass the
 *                      optimizer's name)
 * @param fill          the filled contours as a smooth per-pixel raster with the iso-lines drawn into its
 *                      pixels (window, PNG, GIF), or as vector bands with vector iso-lines (SVG)
 * @param rasterScale   raster pixels per drawing pixel (1 on screen; the export scale for a sharp 2× PNG)
 * @param sampleStep    f is sampled every this many raster pixels and blended between (1 exact, 2 is 4× faster)
 * @param divergedText  the label of a diverged run; "{0}" becomes the step (so the window can translate it)
 */
public record PlotOptions(boolean showAxes, boolean showLegend, boolean showFormula, boolean showIsoLines,
                          double scale, Theme theme, String title, Fill fill, double rasterScale, int sampleStep,
                          String divergedText) {

    /** Filled contours: a per-pixel heat map (iso-lines in its pixels), or vector bands and iso-line paths. */
    public enum Fill { RASTER, BANDS }

    private static final String DIVERGED_TEXT = "diverged at step {0}";

    public PlotOptions {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("plot scale must be in (0, 8], got " + scale);
        }
        if (!(rasterScale > 0 && rasterScale <= 8)) {
            throw new IllegalArgumentException("raster scale must be in (0, 8], got " + rasterScale);
        }
        if (sampleStep < 1 || sampleStep > 16) {
            throw new IllegalArgumentException("sample step must be 1..16 pixels, got " + sampleStep);
        }
        title = title == null ? "" : title;
        divergedText = divergedText == null ? DIVERGED_TEXT : divergedText;
    }

    /** Axes, legend, formula and iso-lines on; light theme; smooth raster sampled every 2 pixels. */
    public static PlotOptions defaults() {
        return new PlotOptions(true, true, true, true, 1, Theme.LIGHT, "", Fill.RASTER, 1, 2, DIVERGED_TEXT);
    }

    public PlotOptions withAxes(boolean on) {
        return edited(copy -> copy.showAxes = on);
    }

    public PlotOptions withLegend(boolean on) {
        return edited(copy -> copy.showLegend = on);
    }

    public PlotOptions withFormula(boolean on) {
        return edited(copy -> copy.showFormula = on);
    }

    public PlotOptions withIsoLines(boolean on) {
        return edited(copy -> copy.showIsoLines = on);
    }

    public PlotOptions withScale(double s) {
        return edited(copy -> copy.scale = s);
    }

    public PlotOptions withTheme(Theme t) {
        return edited(copy -> copy.theme = t);
    }

    public PlotOptions withTitle(String t) {
        return edited(copy -> copy.title = t);
    }

    public PlotOptions withFill(Fill f) {
        return edited(copy -> copy.fill = f);
    }

    public PlotOptions withRasterScale(double r) {
        return edited(copy -> copy.rasterScale = r);
    }

    public PlotOptions withSampleStep(int step) {
        return edited(copy -> copy.sampleStep = step);
    }

    public PlotOptions withDivergedText(String text) {
        return edited(copy -> copy.divergedText = text);
    }

    /** These options with one change, checked like any new ones. */
    private PlotOptions edited(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.toOptions();
    }

    /** A mutable copy of every field, so that each "with" names only the field it changes. */
    private static final class Copy {
        boolean showAxes;
        boolean showLegend;
        boolean showFormula;
        boolean showIsoLines;
        double scale;
        Theme theme;
        String title;
        Fill fill;
        double rasterScale;
        int sampleStep;
        String divergedText;

        Copy(PlotOptions o) {
            showAxes = o.showAxes;
            showLegend = o.showLegend;
            showFormula = o.showFormula;
            showIsoLines = o.showIsoLines;
            scale = o.scale;
            theme = o.theme;
            title = o.title;
            fill = o.fill;
            rasterScale = o.rasterScale;
            sampleStep = o.sampleStep;
            divergedText = o.divergedText;
        }

        PlotOptions toOptions() {
            return new PlotOptions(showAxes, showLegend, showFormula, showIsoLines, scale, theme, title, fill,
                    rasterScale, sampleStep, divergedText);
        }
    }

    /** The diverged label for this step. */
    public String divergedLabel(long step) {
        return divergedText.replace("{0}", Long.toString(step));
    }
}
