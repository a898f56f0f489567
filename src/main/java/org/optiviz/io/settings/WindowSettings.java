package org.optiviz.io.settings;

/**
 * How the window looked when it last closed, so the next start looks the same: language, theme, play speed, layout,
 * presentation mode and the window's size.
 *
 * @param language a language tag ("en", "zh-CN"), or null to follow the system
 * @param stepsPerSecond play speed, or 0 for the default
 * @param layout "overlay" or "grid"
 * @param width the window's width when it was not full screen, or 0 for the default size
 */
public record WindowSettings(String language, boolean dark, double stepsPerSecond, String layout,
                             boolean presentation, double width, double height) {
    /** A first start: every choice at its default. */
    public static final WindowSettings DEFAULTS = new WindowSettings(null, false, 0, "overlay", false, 0, 0);

    public WindowSettings {
        if (!"grid".equals(layout)) {
            layout = "overlay";
        }
        if (!(stepsPerSecond > 0) || !Double.isFinite(stepsPerSecond)) {
            stepsPerSecond = 0;
        }
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            width = 0;
            height = 0;
        }
    }
}
