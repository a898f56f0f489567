package org.optiviz.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Asks the JVM to hand memory back to the system once the window no longer needs it. A long race holds every
 * point of every run (about 17 bytes a step); by default the collector keeps the heap it grew to, so a reset or a new
 * race would leave the process as large as the longest race it ever ran. These flags are "manageable" (settable
 * while running), so they take effect however the app was started: the jar, the launcher or Maven.
 */
final class HeapGiveBack {
    /** Shrink the heap after a collection when more than this share of it is free... */
    private static final String MAX_FREE_PERCENT = "20";
    /** ...and grow it when less than this share is. */
    private static final String MIN_FREE_PERCENT = "5";
    /**
     * Milliseconds without a collection after which the collector looks over the whole heap, concurrently. A race
     * that is reset or replaced leaves its points dead among long-lived objects, where the collector would
     * otherwise only find them once that part of the heap filled up, growing the heap meanwhile; with this they
     * go within seconds, paused or playing, and the heap shrinks back.
     */
    private static final String WHOLE_HEAP_LOOK_MILLIS = "3000";

    private HeapGiveBack() {
    }

    /** Sets the flags; a JVM without them (not HotSpot, or a collector that ignores them) is left as it is. */
    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return;
            }
            // Lower bound first: the JVM refuses a maximum below the current minimum.
            vm.setVMOption("MinHeapFreeRatio", MIN_FREE_PERCENT);
            vm.setVMOption("MaxHeapFreeRatio", MAX_FREE_PERCENT);
            if (vm.getVMOption("UseG1GC").getValue().equals("true")) {
                vm.setVMOption("G1PeriodicGCInterval", WHOLE_HEAP_LOOK_MILLIS);
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // Memory then behaves as the JVM's defaults say; nothing the user needs to hear about.
        }
    }
}
