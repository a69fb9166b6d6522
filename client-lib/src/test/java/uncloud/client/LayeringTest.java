package uncloud.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uncloud.client", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule theDomainDependsOnNothingButTheJdk = classes()
            .that()
            .resideInAPackage("uncloud.client.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "uncloud.client.domain..");

    @ArchTest
    static final ArchRule theLibraryNeverTouchesJavaFx =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule onlyInternalCodeTalksJdbcOrJsch = noClasses()
            .that()
            .resideInAPackage("uncloud.client.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "com.jcraft..", "com.fasterxml..", "okhttp3..");

    @ArchTest
    static final ArchRule theLibraryNeverDependsOnTheAgentDaemon =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("uncloud.agent");
}
