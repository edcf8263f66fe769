package dev.deepdive;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain core stays plain Java: frameworks live in the adapters around it. */
class ArchitectureTest {
    static final String[] CORE = {"dev.deepdive.bank", "dev.deepdive.interview", "dev.deepdive.grading", "dev.deepdive.transcript"};
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.deepdive");
    }

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.quarkiverse..", "dev.langchain4j..",
                        "com.fasterxml..", "org.yaml..", "io.smallrye..", "org.jboss..", "io.vertx..")
                .check(classes);
    }

    @Test
    void coreDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.deepdive.web..", "dev.deepdive.config..", "dev.deepdive.model..",
                        "dev.deepdive.bank.yaml..", "dev.deepdive.grading.embedding..", "dev.deepdive.transcript.file..")
                .check(classes);
    }
}
