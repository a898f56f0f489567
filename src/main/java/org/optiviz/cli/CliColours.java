package org.optiviz.cli;

import org.optiviz.core.optim.OptimizerKind;

/** The colour each optimizer gets when the command line builds a scenario. */
final class CliColours {
    private static final int[] OKABE_ITO = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
        0x000000, 0x999999, 0x882255};

    private CliColours() {
    }

    static int of(OptimizerKind kind) {
        return OKABE_ITO[kind.ordinal() % OKABE_ITO.length];
    }
}
