package org.optiviz.ui.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Drawing;

/**
 * Composes the contour background of one plot cell on a background thread, for fields that are slow to sample (a
 * data model's loss): the cell keeps showing its last picture until the new one is ready, and only the newest
 * request is composed and shown (a pan or zoom in between makes an older one moot). One thread serves every cell,
 * so two backgrounds never compete for the cores with the window.
 */
final class BackgroundPictures {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "plot-background");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<PlotRequest> newest = new AtomicReference<>();

    /**
     * Composes the background of {@code request} (a request without paths, which the background does not depend
     * on) and hands it to {@code show} on the FX thread, unless a newer request came meanwhile.
     */
    void compose(PlotRequest request, ViewTransform transform, Consumer<Drawing> show) {
        newest.set(request);
        THREAD.execute(() -> {
            if (newest.get() != request) {
                return;
            }
            Drawing drawing;
            try {
                drawing = PlotComposer.background(request, transform);
            } catch (RuntimeException e) {
                return; // the last picture stays; the next view change tries again
            }
            Platform.runLater(() -> {
                if (newest.get() == request) {
                    show.accept(drawing);
                }
            });
        });
    }

    /** Forgets the request in progress: the cell now draws its background itself. */
    void cancel() {
        newest.set(null);
    }
}
