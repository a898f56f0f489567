package org.optiviz.plot.draw;

/** Packed 0xAARRGGBB colours. */
public final class Argb {
    public static final int NONE = 0;

    private Argb() {
    }

    public static int of(int r, int g, int b) {
        return 0xff000000 | (r & 0xff) << 16 | (g & 0xff) << 8 | (b & 0xff);
    }

    public static int rgb(int rgb) {
        return 0xff000000 | rgb;
    }

    public static int withAlpha(int argb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return a << 24 | (argb & 0xffffff);
    }

    /** The opaque blend (1 − f)·a + f·b, channel by channel. */
    public static int mix(int a, int b, double f) {
        return of(blend(red(a), red(b), f), blend(green(a), green(b), f), blend(blue(a), blue(b), f));
    }

    private static int blend(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    public static int red(int argb) {
        return argb >> 16 & 0xff;
    }

    public static int green(int argb) {
        return argb >> 8 & 0xff;
    }

    public static int blue(int argb) {
        return argb & 0xff;
    }

    /** Relative luminance (WCAG) of the colour, 0 for black to 1 for white. */
    public static double luminance(int argb) {
        return 0.2126 * linear(red(argb)) + 0.7152 * linear(green(argb)) + 0.0722 * linear(blue(argb));
    }

    /** "#rrggbb" (alpha dropped). */
    public static String hex(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
