package org.optiviz.ui.export;

import java.util.Optional;
import javafx.stage.Window;

/** Frames per second and frame count of an animation, as chosen in the dialog. */
public record GifSettings(double fps, int frames) {
    public static final GifSettings DEFAULT = new GifSettings(20, 100);
    static final int MAX_FRAMES = 2000;

    /** Asks for the settings; empty when the user cancelled. Tests answer without a dialog. */
    @FunctionalInterface
    public interface Asker {
        Optional<GifSettings> ask(Window owner, GifSettings initial, long lastStep);
    }
}
