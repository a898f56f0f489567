package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.optiviz.io.export.PlotCells;
import org.optiviz.io.export.RaceSnapshot;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.draw.SvgRenderer;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.plot.view.PlotScene;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.SweepHeatmap;
import org.optiviz.ui.scenario.ScenarioBridge;

/**
 * The sweep heat map the window draws is the one {@code render --scenario} draws: same cells, same words, same
 * placement, item for item; and the sweep choices survive a scenario file.
 */
class SweepRenderTest {
    @Test
    void theWindowsWordsInEnglishAreTheCommandLines() {
        assertEquals(SweepWords.ENGLISH, SweepWordsOf.of(new I18n(Locale.ENGLISH)));
    }

    @Test
    void theWindowsSweepDrawingEqualsRenderScenarios() throws Exception {
        Scenario lesson = BundledLessons.load("momentum-region-ellipsoid.json", ScenarioJson.standard())
                .withStepLimit(120);
        MainViewModel model = new MainViewModel(kind -> 0xFF000000);
        Queue<Runnable> worker = new ArrayDeque<>();
        Queue<Runnable> windowThread = new ArrayDeque<>();
        I18n english = new I18n(Locale.ENGLISH);
        SweepHeatmap heatmap = new SweepHeatmap(model, () -> SweepWordsOf.of(english),
                org.optiviz.core.surface.Surface::displayName, worker::add, windowThread::add);
        ScenarioBridge.apply(lesson, model);
        assertEquals(Layout.SWEEP, model.getLayout());
        while (!worker.isEmpty() || !windowThread.isEmpty()) {
            if (!worker.isEmpty()) {
                worker.poll().run();
            } else {
                windowThread.poll().run();
            }
        }
        SweepField field = heatmap.getField();
        assertEquals(64, field.sweep().x().n(), "the refined sweep is shown");
        double w = 820;
        double h = 560;
        PlotOptions look = PlotOptions.defaults();
        // What the plot area places: the model's layout's view over the heat map's field (PlotArea.plots).
        List<PlacedPlot> window = model.getLayout().view().plots(new PlotScene(field, model.getView(), List.of(),
                model.getStart(), null), w, h, look);
        Scenario saved = new ScenarioJson(kind -> 0x336699).read(new ByteArrayInputStream(
                ScenarioJson.toJson(ScenarioBridge.capture(model)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(lesson.sweep(), saved.sweep(), "the axes and colouring are kept in the scenario");
        List<PlacedPlot> rendered = PlotCells.of(RaceSnapshot.run(saved), w, h, look).cells();
        assertEquals(1, window.size());
        assertEquals(1, rendered.size());
        String windowSvg = SvgRenderer.render(PlotComposer.compose(window.get(0).request()));
        String renderedSvg = SvgRenderer.render(PlotComposer.compose(rendered.get(0).request()));
        assertTrue(windowSvg.contains("theory-boundary") && windowSvg.contains("divergence-boundary"));
        assertEquals(windowSvg, renderedSvg);
    }
}
