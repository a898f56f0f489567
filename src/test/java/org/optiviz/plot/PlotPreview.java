package org.optiviz.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.plot.draw.SvgRenderer;

/**
 * Renders every surface's default view with a 300-step race of every optimizer to PNG (and Rosenbrock to
 * SVG) for looking at: {@code PlotPreview [outDir] [steps] [scale] [dark]}.
 *
 * <p>Run from the project folder after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.optiviz.plot.PlotPreview /tmp/preview}.
 */
public final class PlotPreview {
    private PlotPreview() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/optiviz-preview");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        Theme theme = args.length > 3 && args[3].equals("dark") ? Theme.DARK : Theme.LIGHT;
        Files.createDirectories(dir);
        for (Surface surface : Surfaces.all()) {
            PlotRequest request = raceRequest(surface, steps, 1000, 800)
                    .withOptions(PlotOptions.defaults().withScale(scale).withTheme(theme));
            Drawing drawing = PlotComposer.compose(request);
            ImageIO.write(Java2dRenderer.render(drawing, 1), "png", dir.resolve(surface.key() + ".png").toFile());
            if (surface.key().equals("rosenbrock")) {
                PlotRequest bands = request.withOptions(request.options().withFill(PlotOptions.Fill.BANDS));
                Files.writeString(dir.resolve("rosenbrock.svg"), SvgRenderer.render(PlotComposer.compose(bands)));
                ImageIO.write(Java2dRenderer.render(PlotComposer.compose(bands), 1), "png",
                        dir.resolve("rosenbrock-bands.png").toFile());
            }
            ContourLevels levels = ContourLevels.choose(
                    ValueGrid.sample(Field.of(surface), PlotComposer.transform(request), 2).values(), surface.floor());
            System.out.println(surface.key() + ": " + levels);
        }
    }

    /** Every optimizer with the surface's suggested settings, stepped. */
    static PlotRequest raceRequest(Surface surface, int steps, double width, double height) {
        List<RaceSetup.RunSetup> setups = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            setups.add(new RaceSetup.RunSetup(kind, kind.defaultsFor(surface)));
        }
        Race race = new RaceSetup(surface, surface.defaultStart(), 0, 0, setups).toRace(true);
        race.step(steps, steps);
        List<RunTrace> traces = new ArrayList<>();
        for (Run run : race.runs()) {
            traces.add(RunTrace.of(run));
        }
        return PlotRequest.of(surface, width, height).withRuns(traces);
    }
}
