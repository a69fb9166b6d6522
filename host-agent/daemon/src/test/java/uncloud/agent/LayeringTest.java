package uncloud.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uncloud.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule theAgentNeverDependsOnTheConsoleLibrary =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("uncloud.client..", "uncloud.app..");

    @ArchTest
    static final ArchRule theWireTypesDependOnNothingButJacksonAndTheJdk = noClasses()
            .that()
            .resideInAPackage("uncloud.agent.protocol..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uncloud.agent", "org.slf4j..", "org.bouncycastle..");
}
