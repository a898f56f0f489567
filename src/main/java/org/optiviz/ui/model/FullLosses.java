package org.optiviz.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.optim.Objective;

/**
 * A data model's full-batch loss (and the norm of its full-batch gradient) at the points the window shows them
 * for, worked out on background threads. A minibatch step records only its batch's loss, so that it costs O(m);
 * the full loss costs O(N) and is computed only where the loss chart draws it and where the readouts (each run's
 * and the pointer's) show it.
 *
 * <p>Values are kept per point (w, b) for the data and model shown: a path that is replayed or restarted reaches
 * other points and so other values, and the minibatch size, on which the full loss does not depend, can change
 * without losing any. Each request replaces the previous one of its kind (the newest wins); the pointer's point
 * goes first, and the runs' current points (the stalest readout first) take turns with the chart's. Work is cut
 * into slices of about {@value #SLICE_MILLIS} ms, each handed back to the executor, so a million-row set never
 * holds a worker for long; when values arrive, {@link #versionProperty} counts up on the window thread (once per
 * arrival batch, not once per value).
 */
public final class FullLosses {
    private static final int SLICE_MILLIS = 20;
    /** Points kept before the store starts afresh: far more than a chart and a readout ask for. */
    private static final int MAX_KEPT = 500_000;

    private final Executor background;
    private final Executor windowThread;
    private final Runnable arrived;
    private final int maxWorkers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    private final AtomicInteger workers = new AtomicInteger();
    private final AtomicBoolean notifying = new AtomicBoolean();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private final Object lock = new Object();
    private Job cursor;
    /** Whether the next job comes from the chart's queue: the two take turns, so neither starves the other. */
    private boolean chartsTurn;
    /** Readout requests so far, and for each run the last one that found its values known (window thread only). */
    private long readouts;
    private long[] lastFresh = new long[0];
    private Deque<Job> urgent = new ArrayDeque<>();
    private Deque<Job> chart = new ArrayDeque<>();
    private volatile Store store;

    /** A point of the (w, b) plane, compared by its exact bits. */
    private record Key(double x, double y) {
    }

    private record Job(Store store, Key point, boolean gradient) {
    }

    /** The values known for one data set and model. */
    private static final class Store {
        final DataModel model;
        final Map<Key, Double> losses = new ConcurrentHashMap<>();
        final Map<Key, Double> gradientNorms = new ConcurrentHashMap<>();

        Store(DataModel model) {
            this.model = model;
        }

        boolean shows(DataModel other) {
            return other.data() == model.data() && other.model() == model.model();
        }
    }

    /**
     * @param background where the values are worked out
     * @param windowThread where {@code arrived} runs and the version counts up
     * @param arrived told on the window thread after new values arrived
     */
    public FullLosses(Executor background, Executor windowThread, Runnable arrived) {
        this.background = background;
        this.windowThread = windowThread;
        this.arrived = arrived;
    }

    /** Counts up (on the window thread) each time new values arrived. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The full-batch loss at (w, b) if it is known already; null otherwise (nothing is asked for). */
    public Double loss(DataModel model, double w, double b) {
        return storeFor(model).losses.get(new Key(w, b));
    }

    /**
     * Copies each entry's run's live figures into its properties; on a data model with the full-batch loss and
     * gradient norm at its current point, where known (see {@link #readouts(DataModel, double[], double[])}).
     */
    void refresh(org.optiviz.core.surface.Surface surface, List<OptimizerEntry> entries, Objective objective) {
        double[][] full = null;
        if (surface instanceof DataModel data) {
            double[] ws = new double[entries.size()];
            double[] bs = new double[entries.size()];
            for (int i = 0; i < ws.length; i++) {
                ws[i] = entries.get(i).run().x();
                bs[i] = entries.get(i).run().y();
            }
            full = readouts(data, ws, bs);
        }
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).refresh(objective, full == null ? null : full[i]);
        }
    }

    /**
     * The full-batch loss and gradient norm at each point, {loss, ‖∇L‖}, or null where not known yet; those are
     * asked for at once, before anything the chart asked for.
     */
    public double[][] readouts(DataModel model, double[] ws, double[] bs) {
        Store s = storeFor(model);
        readouts++;
        if (lastFresh.length != ws.length) {
            lastFresh = new long[ws.length];
        }
        double[][] out = new double[ws.length][];
        List<Integer> missing = new java.util.ArrayList<>();
        for (int i = 0; i < ws.length; i++) {
            Key key = new Key(ws[i], bs[i]);
            Double loss = s.losses.get(key);
            Double norm = s.gradientNorms.get(key);
            if (loss != null && norm != null) {
                out[i] = new double[] {loss, norm};
                lastFresh[i] = readouts;
            } else {
                missing.add(i);
            }
        }
        // The stalest readouts first: while a race plays faster than a million-row set is summed, each run's
        // readout is brought up to date in turn rather than the first run's over and over.
        missing.sort(java.util.Comparator.comparingLong(i -> lastFresh[i]));
        Deque<Job> jobs = new ArrayDeque<>(missing.size());
        for (int i : missing) {
            jobs.add(new Job(s, new Key(ws[i], bs[i]), true));
        }
        synchronized (lock) {
            urgent = jobs;
        }
        startWorkers();
        return out;
    }

    /**
     * The full-batch loss at the point under the pointer if it is known; otherwise null, and it is asked for before
     * anything else (in place of the pointer's previous point).
     */
    public Double atPointer(DataModel model, double w, double b) {
        Store s = storeFor(model);
        Key key = new Key(w, b);
        Double known = s.losses.get(key);
        if (known == null) {
            synchronized (lock) {
                cursor = new Job(s, key, false);
            }
            startWorkers();
        }
        return known;
    }

    /**
     * Asks for the full-batch loss at these points, in this order (the most wanted first), in place of what the
     * chart asked for before.
     *
     * @param points each point as {w, b, …} (anything after b is ignored)
     */
    public void askForChart(DataModel model, List<double[]> points) {
        Store s = storeFor(model);
        Deque<Job> wanted = new ArrayDeque<>(points.size());
        for (double[] p : points) {
            wanted.add(new Job(s, new Key(p[0], p[1]), false));
        }
        synchronized (lock) {
            chart = wanted;
        }
        startWorkers();
    }

    private Store storeFor(DataModel model) {
        Store s = store;
        if (s == null || !s.shows(model) || s.losses.size() > MAX_KEPT) {
            s = new Store(model);
            store = s;
            synchronized (lock) {
                cursor = null;
                urgent = new ArrayDeque<>();
                chart = new ArrayDeque<>();
            }
        }
        return s;
    }

    private Job next() {
        synchronized (lock) {
            Job job = cursor;
            if (job != null) {
                cursor = null;
                return job;
            }
            chartsTurn = !chartsTurn;
            Deque<Job> first = chartsTurn ? chart : urgent;
            job = first.poll();
            return job != null ? job : (chartsTurn ? urgent : chart).poll();
        }
    }

    private boolean anyWaiting() {
        synchronized (lock) {
            return cursor != null || !urgent.isEmpty() || !chart.isEmpty();
        }
    }

    private void startWorkers() {
        while (anyWaiting()) {
            int now = workers.get();
            if (now >= maxWorkers) {
                return;
            }
            if (workers.compareAndSet(now, now + 1)) {
                background.execute(this::work);
            }
        }
    }

    /** One slice of work; hands itself back to the executor while there is more, so others get their turn. */
    private void work() {
        long until = System.nanoTime() + SLICE_MILLIS * 1_000_000L;
        double[] gradient = new double[2];
        while (true) {
            Job job = next();
            if (job == null) {
                workers.decrementAndGet();
                // A request may have come in after the queue was found empty and before the count went down.
                if (anyWaiting()) {
                    startWorkers();
                }
                return;
            }
            compute(job, gradient);
            if (System.nanoTime() > until) {
                background.execute(this::work);
                return;
            }
        }
    }

    private void compute(Job job, double[] gradient) {
        Store s = job.store;
        if (s != store) {
            return; // the window shows other data now
        }
        Key key = job.point;
        boolean fresh = false;
        if (!s.losses.containsKey(key)) {
            s.losses.put(key, s.model.value(key.x, key.y));
            fresh = true;
        }
        if (job.gradient && !s.gradientNorms.containsKey(key)) {
            s.model.gradient(key.x, key.y, gradient);
            s.gradientNorms.put(key, Math.hypot(gradient[0], gradient[1]));
            fresh = true;
        }
        if (fresh && notifying.compareAndSet(false, true)) {
            windowThread.execute(() -> {
                notifying.set(false);
                version.set(version.get() + 1);
                arrived.run();
            });
        }
    }
}
