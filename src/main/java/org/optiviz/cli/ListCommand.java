package org.optiviz.cli;

import java.io.PrintWriter;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.io.data.DataSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints every surface, bundled data set and optimizer with its hyperparameters. */
@Command(name = "list", description = "List surfaces, data sets and optimizers with every hyperparameter's default and range.")
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
        out.println("Data sets (--data NAME --model MODEL, or --data FILE.csv):");
        for (DataSets.Bundled set : DataSets.BUNDLED) {
            out.printf("  %-24s %-9s %s%n", set.name(), set.model(), set.about());
        }
        out.println();
        out.println("Optimizers (key default range: meaning; lr defaults follow the surface's suggestion):");
        for (OptimizerKind kind : OptimizerKind.values()) {
            out.printf("  %s (%s)%n", kind.key(), kind.displayName());
            for (ParamSpec p : kind.ownParams()) {
                print(out, p);
            }
            out.printf("    internals: %s%n", String.join(", ", kind.internals()));
        }
        out.println();
        out.println("Learning-rate schedule, on every optimizer (lrₜ = lr·w(t)·d(t), shown as the internal lr_t):");
        for (ParamSpec p : OptimizerKind.scheduleParams()) {
            print(out, p);
        }
        out.flush();
    }

    private static void print(PrintWriter out, ParamSpec p) {
        out.printf("    %-15s %-10s %-20s %s%n", p.key(), p.valueText(p.defaultValue()), p.rangeText(), p.description());
    }
}
