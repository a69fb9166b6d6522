package uncloud.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uncloud.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule viewModelsDoNotKnowTheSceneGraph = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx.control..");

    @ArchTest
    static final ArchRule theCommandLineLoadsNoJavaFx = noClasses()
            .that()
            .resideInAPackage("uncloud.app.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theConsoleUsesOnlyThePublicLibrary =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("uncloud.client.internal..", "uncloud.agent");
}
