package org.optiviz.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.AtomicFiles;

class AnimatedGifWriterTest {
    private static final int W = 120;
    private static final int H = 80;
    private static final int DOT = 0xD55E00;

    /** A smooth gradient (more colours than a GIF holds) with a dot that moves right one step per frame. */
    private static BufferedImage frame(int i) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x440154), W, H, new Color(0xFDE725)));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(DOT));
        g.fillRect(10 + 5 * i, 30, 6, 6);
        g.dispose();
        return image;
    }

    @Test
    void framesDelaysLoopAndPicturesReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("race.gif");
        AtomicInteger reported = new AtomicInteger();
        AtomicFiles.write(file, out -> AnimatedGifWriter.write(out, 12, 25, AnimatedGifWriterTest::frame,
                new int[] {DOT}, new ExportProgress() {
                    @Override
                    public void progress(int done, int total) {
                        assertEquals(12, total);
                        reported.set(done);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                }));
        assertEquals(12, reported.get());
        List<GifReading.Frame> frames = GifReading.read(file);
        assertEquals(12, frames.size());
        for (int i = 0; i < 11; i++) {
            assertEquals(4, frames.get(i).delay(), "25 fps is 4/100 s per frame");
        }
        assertEquals(AnimatedGifWriter.FINAL_HOLD_CENTISECONDS, frames.get(11).delay());
        assertTrue(GifReading.loopsForever(file));
        assertTrue(frames.get(5).left() > 0, "later frames store only the changed rectangle");

        for (int i : new int[] {0, 5, 11}) {
            BufferedImage expected = frame(i);
            BufferedImage got = frames.get(i).composed();
            assertEquals(W, got.getWidth());
            assertEquals(H, got.getHeight());
            assertEquals(DOT, got.getRGB(12 + 5 * i, 32) & 0xFFFFFF, "the named colour is exact, frame " + i);
            for (int y = 0; y < H; y += 7) {
                for (int x = 0; x < W; x += 7) {
                    assertTrue(distance(expected.getRGB(x, y), got.getRGB(x, y)) <= 12,
                            "frame " + i + " at " + x + "," + y + " is close to the original");
                }
            }
        }
    }

    @Test
    void cancellingStopsAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cancelled.gif");
        AtomicInteger rendered = new AtomicInteger();
        assertThrows(CancellationException.class, () -> AtomicFiles.write(file, out -> AnimatedGifWriter.write(out,
                100, 10, i -> {
                    rendered.incrementAndGet();
                    return frame(i % 20);
                }, new int[0], new ExportProgress() {
                    @Override
                    public void progress(int done, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return rendered.get() > 5;
                    }
                })));
        assertFalse(Files.exists(file));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file either");
        }
        assertTrue(rendered.get() < 10);
    }

    @Test
    void delayFollowsTheFrameRate() {
        assertEquals(5, AnimatedGifWriter.delayCentiseconds(20));
        assertEquals(10, AnimatedGifWriter.delayCentiseconds(10));
        assertEquals(2, AnimatedGifWriter.delayCentiseconds(50));
        assertEquals(3, AnimatedGifWriter.delayCentiseconds(30));
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
