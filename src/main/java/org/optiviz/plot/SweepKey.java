package org.optiviz.plot;

import java.util.List;
import java.util.Locale;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.sweep.SweepColouring;
import org.optiviz.plot.sweep.SweepColours;
import org.optiviz.plot.sweep.SweepWords;

/** The colour key of a sweep heat map: a viridis bar labelled at both ends, and swatches for the other colours. */
final class SweepKey {
    private static final int STEPS = 64;

    private SweepKey() {
    }

    static void draw(List<Item> items, SweepColours colours, SweepWords words, double x, double y, double h,
                     double s, Theme theme) {
        boolean steps = colours.colouring() == SweepColouring.STEPS;
        int[] bar = new int[STEPS];
        for (int k = 0; k < STEPS; k++) {
            bar[k] = ColorMap.viridis(1 - (k + 0.5) / STEPS);
        }
        double swatches = (steps ? 2 : 1) * 22 * s;
        double barHeight = Math.max(20 * s, h - swatches - 18 * s);
        double w = 16 * s;
        items.add(new RasterImage(x, y, w, barHeight, 1, STEPS, bar));
        items.add(new RectShape(x, y, w, barHeight, Argb.NONE, theme.axis(), 1, 0, "colour-bar"));
        items.add(label(x + w + 6 * s, y, end(colours.hi(), steps), s, theme));
        items.add(label(x + w + 6 * s, y + barHeight, end(colours.lo(), steps), s, theme));
        items.add(new TextLabel(x, y - 20 * s, steps ? words.stepsKey() : words.lossKey(), 11 * s, false,
                TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, theme.text(), 0, "bar-title"));
        double sy = y + h - 16 * s;
        swatch(items, x, sy, SweepColours.DIVERGED, words.diverged(), s, theme);
        if (steps) {
            swatch(items, x, sy - 22 * s, SweepColours.NOT_SETTLED, words.notSettled(), s, theme);
        }
    }

    private static String end(double value, boolean steps) {
        return steps ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "1e%.1f", value);
    }

    private static void swatch(List<Item> items, double x, double y, int colour, String text, double s,
                               Theme theme) {
        items.add(new RectShape(x, y, 16 * s, 16 * s, colour, theme.axis(), 1, 0, "key-swatch"));
        items.add(label(x + 22 * s, y + 8 * s, text, s, theme));
    }

    private static TextLabel label(double x, double y, String text, double s, Theme theme) {
        return new TextLabel(x, y, text, 11 * s, false, TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, theme.text(),
                0, "bar-label");
    }
}
