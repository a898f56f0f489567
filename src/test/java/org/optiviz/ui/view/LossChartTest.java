package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The loss chart keeps its value labels inside the canvas, however large the losses. */
@ExtendWith(ApplicationExtension.class)
class LossChartTest {
    private MainViewModel model;
    private LossChart chart;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        chart = new LossChart(model, new I18n(Locale.ENGLISH));
        stage.setScene(new Scene(chart, 320, 300));
        stage.show();
    }

    @Test
    void hugeNegativeLossLabelFitsLeftOfThePlot(FxRobot robot) {
        robot.interact(() -> {
            model.setSurface(Surfaces.byKey("monkey-saddle"));
            model.stepBy(1000);
            chart.layout();
            chart.drawIfDirty();
        });
        assertTrue(model.entries().stream().anyMatch(e -> e.getStatus() == RunStatus.DIVERGED), "some run diverged");
        assertTrue(chart.lowLabelWidth() > 40, "a long label such as −6.8e+23: " + chart.lowLabelWidth());
        assertTrue(chart.plotLeft() - 3 >= chart.lowLabelWidth(),
                chart.plotLeft() + " leaves room for " + chart.lowLabelWidth());
    }

    @Test
    void theValueAxisIsLabelledAtWholeDecadesBetweenItsEnds() {
        assertEquals(java.util.List.of(2.0, 0.0, -2.0, -4.0, -6.0, -8.0, -10.0, -13.0),
                LossChart.valueTicks(-13, 2, false, 10));
        assertEquals(java.util.List.of(2.0, -13.0), LossChart.valueTicks(-13, 2, false, 2), "no room: both ends");
        assertEquals(java.util.List.of(3.0, 0.0, -1.0), LossChart.valueTicks(-1, 3, true, 5), "signed: zero too");
    }
}
