package org.optiviz.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PrefetchedFramesTest {
    @Test
    void framesComeBackInOrder() {
        try (PrefetchedFrames frames = new PrefetchedFrames(i -> new BufferedImage(i + 1, 1,
                BufferedImage.TYPE_INT_RGB), 5)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(i + 1, frames.apply(i).getWidth());
            }
        }
    }

    @Test
    void aLackOfMemoryOnADrawingThreadReachesTheCallerAsItself() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        try (PrefetchedFrames frames = new PrefetchedFrames(i -> {
            throw full;
        }, 3)) {
            assertSame(full, assertThrows(OutOfMemoryError.class, () -> frames.apply(0)));
        }
    }
}
