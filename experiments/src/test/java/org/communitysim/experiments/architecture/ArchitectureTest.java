package org.communitysim.experiments.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.communitysim.experiments.cli.Main;
import org.communitysim.model.CommunityModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of the model and the experiments (docs/architecture.md), checked on the compiled classes of
 * both modules: no package cycle anywhere under {@code org.communitysim}, and results flow one way: each layer of
 * docs/architecture.md (cli, lesson, job, report, the runners, stats and io, then the model's module) uses only
 * layers below it, and the model never reaches the experiments.
 *
 * <p>ArchUnit rather than a hand-written import scan: it reads the byte code, so it sees every dependency (field and
 * method types, calls, annotations, fully qualified names in code), and it names the classes on the cycle.
 */
class ArchitectureTest {
    private static final String EXPERIMENTS = "org.communitysim.experiments";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitysim");
    }

    /** The rules below hold vacuously on an empty import: both modules' classes must be there (a folder or a jar). */
    @Test
    void imported_bothModules() {
        assertTrue(classes.contain(CommunityModel.class), "the model's classes are imported");
        assertTrue(classes.contain(Main.class), "the experiments' classes are imported");
    }

    @Test
    void packages_anywhere_haveNoCycle() {
        slices().matching("org.communitysim.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The layers of docs/architecture.md, top to bottom; a layer may use only layers below it (packages inside one
     * layer may use each other, cycles aside). The model's module sits under the experiments'.
     */
    @Test
    void layers_onlyUseLayersBelowThem() {
        String sim = "org.communitysim";
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(EXPERIMENTS + ".cli..")
                .layer("serve").definedBy(EXPERIMENTS + ".serve..")
                .layer("lesson").definedBy(EXPERIMENTS + ".lesson..")
                .layer("job").definedBy(EXPERIMENTS + ".job..")
                .layer("report").definedBy(EXPERIMENTS + ".report..")
                .layer("runners").definedBy(EXPERIMENTS + ".montecarlo..", EXPERIMENTS + ".sweep..", EXPERIMENTS + ".search..",
                        EXPERIMENTS + ".calibration..", EXPERIMENTS + ".optimisation..",
                        EXPERIMENTS + ".validation..")
                .layer("stats").definedBy(EXPERIMENTS + ".stats..")
                .layer("io").definedBy(EXPERIMENTS + ".io..", EXPERIMENTS + ".store..")
                .layer("loader").definedBy(sim + ".scenario.file..")
                .layer("model").definedBy(sim + ".model..")
                .layer("network").definedBy(sim + ".network..")
                .layer("population").definedBy(sim + ".population..")
                .layer("random").definedBy(sim + ".random..")
                .layer("scenario").definedBy(sim + ".scenario")
                .layer("schema").definedBy(sim + ".scenario.schema..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("lesson").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("job").mayOnlyBeAccessedByLayers("cli", "serve", "lesson")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job")
                .whereLayer("runners").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report")
                .whereLayer("stats").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners")
                .whereLayer("loader").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners", "stats",
                        "io")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners", "stats",
                        "io", "loader")
                .whereLayer("network").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners", "stats",
                        "io", "loader", "model")
                .whereLayer("population").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners",
                        "stats", "io", "loader", "model", "network")
                .whereLayer("random").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners", "stats",
                        "io", "loader", "model", "network", "population")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners",
                        "stats", "io", "loader", "model", "network", "population", "random")
                .whereLayer("schema").mayOnlyBeAccessedByLayers("cli", "serve", "lesson", "job", "report", "runners", "stats",
                        "io", "loader", "model", "network", "population", "random", "scenario")
                .check(classes);
    }

    @Test
    void model_neverDependsOnTheExperiments() {
        noClasses().that().resideOutsideOfPackage(EXPERIMENTS + "..")
                .should().dependOnClassesThat().resideInAPackage(EXPERIMENTS + "..")
                .check(classes);
    }
}
