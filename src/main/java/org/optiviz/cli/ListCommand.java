package org.optiviz.cli;

import java.io.PrintWriter;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints every surface and every optimizer with its hyperparameters. */
@Command(name = "list", description = "List surfaces and optimizers with every hyperparameter's default and range.")
final class ListCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Surfaces:");
        for (Surface surface : Surfaces.all()) {
            out.printf("  %-14s %s   start %s, floor %s%n", surface.key(), surface.formula(), surface.defaultStart(),
                    surface.floor());
        }
        out.println();
        out.println("Optimizers (key default range: meaning; lr defaults follow the surface's suggestion):");
        for (OptimizerKind kind : OptimizerKind.values()) {
            out.printf("  %s (%s)%n", kind.key(), kind.displayName());
            for (ParamSpec p : kind.params()) {
                out.printf("    %-13s %-10s %-16s %s%n", p.key(), p.valueText(p.defaultValue()), p.rangeText(),
                        p.description());
            }
        }
        out.flush();
    }
}
