package org.communitysim.experiments.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * both modules: no package cycle anywhere under {@code org.communitysim}, and results flow one way — the runners
 * ({@code montecarlo}, {@code sweep}, {@code validation}) and what they build on ({@code stats}, {@code scenario},
 * {@code io}) never reach up to the reports, the jobs or the command line; the model never reaches the experiments.
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

    @Test
    void runners_neverDependOnReportsJobsOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(EXPERIMENTS + ".montecarlo..", EXPERIMENTS + ".sweep..",
                        EXPERIMENTS + ".validation..", EXPERIMENTS + ".stats..", EXPERIMENTS + ".scenario..",
                        EXPERIMENTS + ".io..")
                .should().dependOnClassesThat().resideInAnyPackage(EXPERIMENTS + ".report..", EXPERIMENTS + ".job..",
                        EXPERIMENTS + ".lesson..", EXPERIMENTS + ".cli..")
                .check(classes);
    }

    @Test
    void reports_neverDependOnJobsLessonsOrTheCommandLine() {
        noClasses().that().resideInAPackage(EXPERIMENTS + ".report..")
                .should().dependOnClassesThat().resideInAnyPackage(EXPERIMENTS + ".job..", EXPERIMENTS + ".lesson..",
                        EXPERIMENTS + ".cli..")
                .check(classes);
    }

    @Test
    void jobsAndLessons_neverDependOnTheCommandLine() {
        noClasses().that().resideInAnyPackage(EXPERIMENTS + ".job..", EXPERIMENTS + ".lesson..")
                .should().dependOnClassesThat().resideInAPackage(EXPERIMENTS + ".cli..")
                .check(classes);
    }

    @Test
    void model_neverDependsOnTheExperiments() {
        noClasses().that().resideOutsideOfPackage(EXPERIMENTS + "..")
                .should().dependOnClassesThat().resideInAPackage(EXPERIMENTS + "..")
                .check(classes);
    }
}
