package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.race.Run;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.chart.LossSeries;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * A minibatch race on data records its batches' losses, but the loss chart and the readout show the full-batch
 * loss, worked out in the background at the steps the chart draws.
 */
class FullBatchLossChartTest {
    private final List<Runnable> pending = new ArrayList<>();
    /** Background work waits in {@link #pending} until the test runs it; the window thread runs at once. */
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000, pending::add, Runnable::run);
    private final I18n i18n = new I18n(Locale.ENGLISH);

    private DataModel raceOnData(int batch) {
        int n = 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i / 40.0;
            ys[i] = (i % 3 == 0) ? 1 : 0;
        }
        DataModel data = DataModel.of(new DataSet("toy", "x", "y", xs, ys, "test"), Model.LOGISTIC, batch, false);
        model.setSurface(data);
        model.stepBy(300);
        return data;
    }

    private void runBackground() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }

    @Test
    void theChartFillsInWithTheFullBatchLossAtEverySampledStep() {
        DataModel data = raceOnData(8);
        LossChartRequest first = LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 300, 200);
        assertTrue(first.lossTitle().contains("full-batch loss"), first.lossTitle());
        assertTrue(first.series().stream().allMatch(s -> s.count() < 10), "nothing computed on the window thread");
        runBackground();
        LossChartRequest filled = LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 300, 200);
        List<OptimizerEntry> visible = model.visibleEntries();
        for (int r = 0; r < visible.size(); r++) {
            Run run = visible.get(r).run();
            LossSeries s = filled.series().get(r);
            int size = run.trajectory().size();
            assertEquals(size - 1, s.lastStep(), run.kind().key());
            assertTrue(s.count() > 100, "samples of " + run.kind().key() + ": " + s.count());
            for (int i = 0; i < s.count(); i++) {
                int step = s.stepAt(i);
                double full = data.value(run.trajectory().x(step), run.trajectory().y(step));
                assertEquals(full, s.losses().get(i), 0, run.kind().key() + " at step " + step);
            }
        }
        // The recorded losses are the batches': they differ from the full-batch loss the chart shows.
        Run sgd = visible.get(0).run();
        int last = sgd.trajectory().size() - 1;
        assertTrue(sgd.trajectory().loss(last) != data.value(sgd.x(), sgd.y()));
    }

    @Test
    void theReadoutShowsTheFullBatchLossAndGradient() {
        DataModel data = raceOnData(8);
        runBackground();
        double[] g = new double[2];
        for (OptimizerEntry entry : model.entries()) {
            Run run = entry.run();
            assertEquals(data.value(run.x(), run.y()), entry.lossProperty().get(), 0, entry.kind().key());
            data.gradient(run.x(), run.y(), g);
            assertEquals(Math.hypot(g[0], g[1]), entry.gradientNormProperty().get(), 0, entry.kind().key());
        }
    }

    @Test
    void thePointersLossIsWorkedOutInTheBackgroundAndComesFirst() {
        DataModel data = raceOnData(8);
        LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 300, 200);
        int before = model.fullLosses.versionProperty().get();
        assertEquals(null, model.fullLosses.atPointer(data, 1.25, -0.5));
        pending.remove(0).run(); // one slice: the pointer's point is the first job
        assertTrue(model.fullLosses.versionProperty().get() > before);
        assertEquals(data.value(1.25, -0.5), model.fullLosses.atPointer(data, 1.25, -0.5), 0);
    }

    @Test
    void withFullBatchesTheChartDrawsTheRecordedLossAtEveryStep() {
        raceOnData(400);
        LossChartRequest request = LossChartRequests.of(model, i18n, Theme.LIGHT, 1, 300, 200);
        Run sgd = model.visibleEntries().get(0).run();
        LossSeries s = request.series().get(0);
        assertEquals(sgd.trajectory().size(), s.count());
        assertSame(sgd.trajectory().losses().identity(), s.losses().identity(), "the run's own losses, not a copy");
        assertArrayEquals(sgd.trajectory().losses().copy(0, s.count()), s.losses().copy(0, s.count()));
        assertTrue(request.lossTitle().contains("full-batch loss"), request.lossTitle());
    }

    @Test
    void anExportedChartComputesEverySampleItselfOffTheWindowThread() {
        DataModel data = raceOnData(8);
        var supplier = LossChartRequests.exported(model, i18n, Theme.LIGHT, 500, 200);
        LossChartRequest exported = supplier.get();
        Run sgd = model.visibleEntries().get(0).run();
        LossSeries s = exported.series().get(0);
        assertEquals(sgd.trajectory().size() - 1, s.lastStep());
        for (int i = 0; i < s.count(); i++) {
            int step = s.stepAt(i);
            assertEquals(data.value(sgd.trajectory().x(step), sgd.trajectory().y(step)), s.losses().get(i), 0);
        }
    }
}
