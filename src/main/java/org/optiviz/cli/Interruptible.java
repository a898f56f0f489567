package org.optiviz.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C for a long command: while open, an interrupt asks the command to stop (see {@link #cancelled}) and gives it a
 * few seconds to end cleanly (say so on stderr, leave no half-written file) before the process exits.
 */
final class Interruptible implements AutoCloseable {
    private static final long GRACE_SECONDS = 5;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;

    Interruptible() {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                ended.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean cancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        ended.countDown();
        if (!cancelled.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has been told the command ended
            }
        }
    }
}
