package org.optiviz.plot;

import org.optiviz.plot.draw.Argb;

/** Colours of everything around the heat map: page, axes, text, legend box, iso-lines. */
public enum Theme {
    LIGHT(Argb.rgb(0xffffff), Argb.rgb(0x202124), Argb.rgb(0x5f6368), Argb.withAlpha(0xffffff, 0.88),
            Argb.rgb(0x9aa0a6)),
    DARK(Argb.rgb(0x1e1f22), Argb.rgb(0xe8eaed), Argb.rgb(0xa8adb3), Argb.withAlpha(0x202124, 0.88),
            Argb.rgb(0x5f6368));

    private final int background;
    private final int text;
    private final int axis;
    private final int legendFill;
    private final int legendBorder;

    Theme(int background, int text, int axis, int legendFill, int legendBorder) {
        this.background = background;
        this.text = text;
        this.axis = axis;
        this.legendFill = legendFill;
        this.legendBorder = legendBorder;
    }

    public int background() {
        return background;
    }

    public int text() {
        return text;
    }

    public int axis() {
        return axis;
    }

    public int legendFill() {
        return legendFill;
    }

    public int legendBorder() {
        return legendBorder;
    }
}
