package org.optiviz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives {@code bench} its own {@code --batch N} (runs stepped at once by the batch engine), and moves the problem's
 * minibatch size, {@code --batch} everywhere else, to {@code --minibatch} there.
 */
final class BenchBatchFlag implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        OptionSpec rows = spec.findOption("--batch");
        spec.remove(rows);
        spec.addOption(OptionSpec.builder("--minibatch").paramLabel("M").type(Integer.class)
                .description(rows.description()).getter(rows.getter()).setter(rows.setter()).build());
        spec.addOption(OptionSpec.builder("--batch").paramLabel("N").type(Integer.class)
                .description("step N runs of each optimizer at once with the batch engine, each for --steps steps "
                        + "(then per run, 1.." + BatchBench.MAX_STEPS + "), on --threads threads")
                .setter(new CommandLine.Model.ISetter() {
                    @Override
                    public <T> T set(T value) {
                        ((BenchCommand) spec.userObject()).batchRuns = (Integer) value;
                        return null;
                    }
                }).build());
        return spec;
    }
}
