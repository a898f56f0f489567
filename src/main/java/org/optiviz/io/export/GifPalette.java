package org.optiviz.io.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One 256-colour palette for every frame of an animation, built from a representative frame (the last one, which
 * holds every path): colours that cover flat areas (margins, text, legend) and the colours the caller names (each
 * optimizer's) are kept exact; the rest (the heat map's gradient, anti-aliased edges) is shared out by median cut.
 * Frames are then mapped pixel by pixel to the nearest entry, with a cache since frames repeat their colours.
 */
final class GifPalette {
    static final int SIZE = 256;
    /** The last entry stays unused by colours: frames after the first mark unchanged pixels with it. */
    static final int TRANSPARENT = SIZE - 1;
    /** A colour covering at least this share of the frame is kept exact. */
    private static final double FLAT_SHARE = 0.001;
    private static final int MAX_EXACT = 96;

    private final int[] colours;
    private final IndexColorModel model;
    private final NearestCache cache = new NearestCache();

    private GifPalette(int[] colours) {
        this.colours = colours;
        byte[] r = new byte[SIZE];
        byte[] g = new byte[SIZE];
        byte[] b = new byte[SIZE];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        this.model = new IndexColorModel(8, SIZE, r, g, b, TRANSPARENT);
    }

    /** A palette for frames that look like this one; the given 0xRRGGBB colours are kept exact. */
    static GifPalette of(BufferedImage sample, int[] exact) {
        int[] pixels = rgbPixels(sample);
        int[] sorted = pixels.clone();
        Arrays.sort(sorted);
        List<int[]> histogram = new ArrayList<>(); // {rgb, count}
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            histogram.add(new int[] {sorted[i], j - i});
            i = j;
        }
        List<Integer> palette = new ArrayList<>();
        for (int c : exact) {
            addOnce(palette, c & 0xFFFFFF);
        }
        histogram.sort(Comparator.comparingInt((int[] e) -> e[1]).reversed());
        long flat = Math.max(1, Math.round(FLAT_SHARE * pixels.length));
        for (int[] entry : histogram) {
            if (entry[1] < flat || palette.size() >= MAX_EXACT) {
                break;
            }
            addOnce(palette, entry[0]);
        }
        List<int[]> rest = new ArrayList<>();
        for (int[] entry : histogram) {
            if (!palette.contains(entry[0])) {
                rest.add(entry);
            }
        }
        for (int c : MedianCut.colours(rest, TRANSPARENT - palette.size())) {
            addOnce(palette, c);
        }
        int[] colours = palette.stream().mapToInt(Integer::intValue).toArray();
        return new GifPalette(colours);
    }

    private static void addOnce(List<Integer> palette, int rgb) {
        if (!palette.contains(rgb) && palette.size() < TRANSPARENT) {
            palette.add(rgb);
        }
    }

    static int[] rgbPixels(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        return pixels;
    }

    int size() {
        return colours.length;
    }

    int colour(int index) {
        return colours[index];
    }

    IndexColorModel model() {
        return model;
    }

    /** The frame's pixels as palette indices, row by row. */
    byte[] indices(BufferedImage frame) {
        int[] pixels = frame.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) frame.getRaster().getDataBuffer()).getData()
                : frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
        byte[] out = new byte[pixels.length];
        int lastRgb = -1;
        byte lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i] & 0xFFFFFF;
            if (rgb != lastRgb) { // neighbouring pixels mostly share a colour
                lastRgb = rgb;
                lastIndex = (byte) indexOf(rgb);
            }
            out[i] = lastIndex;
        }
        return out;
    }

    int indexOf(int rgb) {
        int cached = cache.get(rgb);
        if (cached >= 0) {
            return cached;
        }
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        for (int i = 0; i < colours.length; i++) {
            int c = colours[i];
            int dr = r - (c >> 16 & 0xFF);
            int dg = g - (c >> 8 & 0xFF);
            int db = b - (c & 0xFF);
            int distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db; // the eye is most sensitive to green
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        cache.put(rgb, best);
        return best;
    }

    /** rgb → palette index, open addressing; frames hold tens of thousands of distinct colours at most. */
    private static final class NearestCache {
        private int[] keys = new int[1 << 16];
        private short[] values = new short[1 << 16];
        private int size;

        NearestCache() {
            Arrays.fill(keys, -1);
        }

        int get(int rgb) {
            int mask = keys.length - 1;
            for (int i = hash(rgb) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == rgb) {
                    return values[i];
                }
                if (keys[i] == -1) {
                    return -1;
                }
            }
        }

        void put(int rgb, int index) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = hash(rgb) & mask;
            while (keys[i] != -1) {
                i = (i + 1) & mask;
            }
            keys[i] = rgb;
            values[i] = (short) index;
            size++;
        }

        private void grow() {
            int[] oldKeys = keys;
            short[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new short[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int hash(int rgb) {
            int h = rgb * 0x9E3779B1;
            return h ^ (h >>> 15);
        }
    }
}
