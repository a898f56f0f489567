package org.optiviz.ui.view;

import javafx.scene.paint.Color;
import org.optiviz.plot.draw.Argb;

/** Conversions between JavaFX colours (view models, controls) and the plot package's packed ARGB. */
public final class OptiVizColors {
    private OptiVizColors() {
    }

    public static Color fx(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.alpha(argb) / 255.0);
    }

    public static int argb(Color color) {
        int a = (int) Math.round(color.getOpacity() * 255);
        int r = (int) Math.round(color.getRed() * 255);
        int g = (int) Math.round(color.getGreen() * 255);
        int b = (int) Math.round(color.getBlue() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** WCAG contrast ratio of two opaque colours: 1 (none) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
