package org.optiviz.ui.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A ScrollPane's skin keeps its viewport as a cached bitmap, which pays off when static content scrolls. The side
 * columns hold figures, readouts and the loss chart that change many times a second while a race plays, and every
 * change re-rendered the whole column into that bitmap and then the bitmap to the window: most of the renderer's
 * time in normal mode. Without the cache the renderer repaints only the regions that changed.
 */
final class UncachedViewport {
    private UncachedViewport() {
    }

    static void of(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, old, skin) -> uncache(scroll));
        uncache(scroll);
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() == null) {
            return;
        }
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
