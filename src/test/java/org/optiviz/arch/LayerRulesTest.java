package org.optiviz.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, checked on the compiled classes: the core knows nothing of ours and no UI toolkit, so it runs
 * headless, in the CLI and in benchmarks; pictures are built from the core alone; files and exports from pictures
 * and the core; the command line opens the window through one door.
 */
@AnalyzeClasses(packages = "org.optiviz", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_OURS = noClasses().that().resideInAPackage("org.optiviz.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.optiviz.plot..", "org.optiviz.io..",
                    "org.optiviz.ui..", "org.optiviz.cli..", "javafx..", "java.awt..", "javax.swing..",
                    "javax.imageio..")
            .because("the core runs anywhere: headless, in the command line and in benchmarks");

    @ArchTest
    static final ArchRule PLOT_DEPENDS_ON_CORE_ONLY = noClasses().that().resideInAPackage("org.optiviz.plot..")
            .should().dependOnClassesThat().resideInAnyPackage("org.optiviz.io..", "org.optiviz.ui..",
                    "org.optiviz.cli..")
            .because("pictures are described from the core's data alone, for the window and every export");

    @ArchTest
    static final ArchRule ONLY_THE_FX_BACK_END_OF_PLOT_USES_JAVAFX = noClasses().that()
            .resideInAPackage("org.optiviz.plot..").and().resideOutsideOfPackage("org.optiviz.plot.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("exports draw plots without a display; only the window's back end needs JavaFX");

    @ArchTest
    static final ArchRule IO_DEPENDS_ON_PLOT_AND_CORE = noClasses().that().resideInAPackage("org.optiviz.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.optiviz.ui..", "org.optiviz.cli..", "javafx..")
            .because("files and exports are written without a window, by the window and the command line alike");

    @ArchTest
    static final ArchRule VIEW_MODELS_USE_NO_SCENE_GRAPH = noClasses().that().resideInAPackage("org.optiviz.ui.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.optiviz.ui.view..")
            .because("view models are tested without a window; colours are plain ARGB values there");

    @ArchTest
    static final ArchRule CLI_REACHES_UI_ONLY_TO_START_THE_WINDOW = noClasses().that()
            .resideInAPackage("org.optiviz.cli..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "are in org.optiviz.ui other than the window's start (OptiVizApp and its StartRequest)",
                    (JavaClass c) -> c.getPackageName().startsWith("org.optiviz.ui")
                            && !c.getName().equals("org.optiviz.ui.OptiVizApp")
                            && !c.getName().equals("org.optiviz.ui.StartRequest")))
            .because("the command line is headless; it reaches the window only to start it");
}
