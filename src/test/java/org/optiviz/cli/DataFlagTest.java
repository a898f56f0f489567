package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.data.DataModel;
import org.optiviz.io.scenario.ScenarioJson;

/** --data in place of --surface: a model on a bundled set or a CSV file, with minibatches from the seed. */
class DataFlagTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioStoresTheDataProblemAndReadsBackTheSameRace() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "# my own\nsize,price,label\n1,2,0\n2,3.5,0\n3,4.1,1\n4,6,1\n5,6.4,1\n");
        Path file = dir.resolve("data.json");
        CliRun written = CliRun.of("scenario", "--data", csv.toString(), "--columns", "size,price", "--batch", "2",
                "--standardize", "--seed", "5", "--steps", "40", "--out", file.toString());
        assertEquals(0, written.exitCode(), written.err());
        DataModel model = (DataModel) ScenarioJson.standard().read(file).surface();
        assertEquals(2, model.batchSize());
        assertTrue(model.standardized());
        assertEquals("price", model.data().yName());

        CliRun fromFlags = CliRun.of("trajectory", "--data", csv.toString(), "--columns", "size,price", "--batch",
                "2", "--standardize", "--seed", "5", "--steps", "40");
        CliRun fromFile = CliRun.of("trajectory", "--scenario", file.toString());
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(fromFlags.out(), fromFile.out());
    }

    @Test
    void minibatchesFollowTheSeed() {
        CliRun a = CliRun.of("trajectory", "--data", "stopping-distance", "--batch", "5", "--seed", "1");
        CliRun b = CliRun.of("trajectory", "--data", "stopping-distance", "--batch", "5", "--seed", "1");
        CliRun c = CliRun.of("trajectory", "--data", "stopping-distance", "--batch", "5", "--seed", "2");
        assertEquals(a.out(), b.out());
        assertTrue(!a.out().equals(c.out()));
    }

    @Test
    void theLossChartOfAMinibatchRaceShowsTheFullBatchLoss() throws Exception {
        Path file = dir.resolve("batches.json");
        CliRun written = CliRun.of("scenario", "--data", "stopping-distance", "--batch", "5", "--steps", "300",
                "--out", file.toString());
        assertEquals(0, written.exitCode(), written.err());
        var scenario = ScenarioJson.standard().read(file);
        var snapshot = org.optiviz.io.export.RaceSnapshot.run(scenario);
        var chart = snapshot.lossChart(400, 200, org.optiviz.plot.Theme.LIGHT, 1, "step", "f");
        for (int r = 0; r < snapshot.traces().size(); r++) {
            var trace = snapshot.traces().get(r);
            var series = chart.series().get(r);
            assertEquals(trace.count() - 1, series.lastStep());
            for (int i = 0; i < series.count(); i++) {
                int step = series.stepAt(i);
                assertEquals(scenario.surface().value(trace.xs().get(step), trace.ys().get(step)),
                        series.losses().get(i), 0);
            }
        }
        Path svg = dir.resolve("loss.svg");
        CliRun render = CliRun.of("render", "--scenario", file.toString(), "--loss", "--out", svg.toString());
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.readString(svg).contains("full-batch loss"));
    }

    @Test
    void theDataViewIsDrawnForDataProblemsOnly() throws Exception {
        Path png = dir.resolve("view.png");
        CliRun drawn = CliRun.of("render", "--data", "car-transmission", "--batch", "4", "--data-view", "--width",
                "600", "--height", "300", "--out", png.toString());
        assertEquals(0, drawn.exitCode(), drawn.err());
        assertEquals(600, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        assertEquals("render: --data-view: only a model fitted to data has a data view; give --data NAME|FILE.csv "
                + "(or a scenario of one)", CliRun.of("render", "--data-view", "--out", png.toString()).errorLine());
        assertEquals("render: --data-view: draws the data view alone; leave out --loss", CliRun.of("render", "--data",
                "old-faithful", "--data-view", "--loss", "--out", png.toString()).errorLine());
    }

    @Test
    void badDataFlagsGiveOneLine() {
        assertEquals("trajectory: --data stopping-distance: the batch size must be 1..50 (the rows of "
                + "stopping-distance), got 51", CliRun.of("trajectory", "--data", "stopping-distance", "--batch", "51")
                .errorLine());
        assertEquals("trajectory: --model: unknown model 'tree'; known: linear, logistic",
                CliRun.of("trajectory", "--data", "old-faithful", "--model", "tree").errorLine());
        assertEquals("trajectory: --columns, --model, --batch and --standardize go with --data",
                CliRun.of("trajectory", "--standardize").errorLine());
    }
}
