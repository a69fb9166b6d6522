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
            noClasses().should().dependOnClassesThat().resideInAnyPackage("uncloud.client.internal..");

    /** The daemon is embedded for the demo profile's offline agents only; everything else talks to agents by HTTPS. */
    @ArchTest
    static final ArchRule onlyTheDemoEmbedsTheAgentDaemon = noClasses()
            .that()
            .resideOutsideOfPackage("uncloud.app.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uncloud.agent",
                    "uncloud.agent.firewall..",
                    "uncloud.agent.host..",
                    "uncloud.agent.server..",
                    "uncloud.agent.state..",
                    "uncloud.agent.tls..",
                    "uncloud.agent.vm..",
                    "uncloud.agent.links..",
                    "uncloud.agent.wireguard..");
}
