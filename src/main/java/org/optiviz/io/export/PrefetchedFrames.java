package org.optiviz.io.export;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Renders the next few frames on other threads while the caller encodes the current one, so drawing and
 * encoding overlap. Frames must be asked for in order 0, 1, 2, …; the renderer must be safe to call from several
 * threads at once (each call draws its own image). Close it to stop the threads.
 */
final class PrefetchedFrames implements IntFunction<BufferedImage>, AutoCloseable {
    private final IntFunction<BufferedImage> render;
    private final int count;
    private final int ahead;
    private final ExecutorService threads;
    private final Deque<Future<BufferedImage>> queued = new ArrayDeque<>();
    private int nextToQueue;

    PrefetchedFrames(IntFunction<BufferedImage> render, int count) {
        this.render = render;
        this.count = count;
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.ahead = 2 * workers;
        this.threads = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "gif-frames");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public BufferedImage apply(int frame) {
        if (frame != nextToQueue - queued.size()) {
            return render.apply(frame); // out of order (the palette's sample frame): draw it here
        }
        while (nextToQueue < count && queued.size() < ahead) {
            int i = nextToQueue++;
            queued.add(threads.submit(() -> render.apply(i)));
        }
        try {
            return queued.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while drawing frame " + frame);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory above all: the caller can tell the user, not just "could not draw"
            }
            throw new IllegalStateException("frame " + frame + " could not be drawn", e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
