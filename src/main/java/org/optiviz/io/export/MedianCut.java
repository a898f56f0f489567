package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Median-cut colour quantisation: the colour cube is split, box by box, at the population median of its widest
 * channel until there are as many boxes as wanted; each box gives its population-weighted mean colour.
 */
final class MedianCut {
    private MedianCut() {
    }

    /**
     * @param histogram {rgb, count} entries, each colour once
     * @return at most {@code wanted} colours as 0xRRGGBB
     */
    static int[] colours(List<int[]> histogram, int wanted) {
        if (wanted <= 0 || histogram.isEmpty()) {
            return new int[0];
        }
        List<List<int[]>> boxes = new ArrayList<>();
        boxes.add(new ArrayList<>(histogram));
        while (boxes.size() < wanted) {
            List<int[]> widest = null;
            long widestScore = 0;
            for (List<int[]> box : boxes) {
                long score = box.size() < 2 ? 0 : (long) range(box, widestChannel(box)) * population(box);
                if (score > widestScore) {
                    widestScore = score;
                    widest = box;
                }
            }
            if (widest == null) {
                break; // every box is a single colour
            }
            boxes.remove(widest);
            int shift = 16 - 8 * widestChannel(widest);
            widest.sort(Comparator.comparingInt(e -> e[0] >> shift & 0xFF));
            long half = population(widest) / 2;
            long seen = 0;
            int cut = 1;
            for (int i = 0; i < widest.size() - 1; i++) {
                seen += widest.get(i)[1];
                cut = i + 1;
                if (seen >= half) {
                    break;
                }
            }
            boxes.add(new ArrayList<>(widest.subList(0, cut)));
            boxes.add(new ArrayList<>(widest.subList(cut, widest.size())));
        }
        int[] result = new int[boxes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = mean(boxes.get(i));
        }
        return result;
    }

    /** 0 red, 1 green, 2 blue. */
    private static int widestChannel(List<int[]> box) {
        int best = 0;
        int bestRange = -1;
        for (int channel = 0; channel < 3; channel++) {
            int range = range(box, channel);
            if (range > bestRange) {
                bestRange = range;
                best = channel;
            }
        }
        return best;
    }

    private static int range(List<int[]> box, int channel) {
        int shift = 16 - 8 * channel;
        int min = 255;
        int max = 0;
        for (int[] e : box) {
            int v = e[0] >> shift & 0xFF;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    private static long population(List<int[]> box) {
        long sum = 0;
        for (int[] e : box) {
            sum += e[1];
        }
        return sum;
    }

    private static int mean(List<int[]> box) {
        long r = 0;
        long g = 0;
        long b = 0;
        long n = 0;
        for (int[] e : box) {
            r += (long) (e[0] >> 16 & 0xFF) * e[1];
            g += (long) (e[0] >> 8 & 0xFF) * e[1];
            b += (long) (e[0] & 0xFF) * e[1];
            n += e[1];
        }
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }
}
