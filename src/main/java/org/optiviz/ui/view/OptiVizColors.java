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
}
