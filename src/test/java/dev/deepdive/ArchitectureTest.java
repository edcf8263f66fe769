package dev.deepdive;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain core stays plain Java: frameworks live in adapters around it. */
@AnalyzeClasses(packages = "dev.deepdive")
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses()
            .that().resideInAnyPackage("dev.deepdive.bank", "dev.deepdive.interview", "dev.deepdive.grading", "dev.deepdive.transcript")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.quarkiverse..", "dev.langchain4j..",
                    "com.fasterxml..", "org.yaml..", "io.smallrye..", "org.jboss..");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoAdapters = noClasses()
            .that().resideInAnyPackage("dev.deepdive.bank", "dev.deepdive.interview", "dev.deepdive.grading", "dev.deepdive.transcript")
            .should().dependOnClassesThat().resideInAnyPackage("dev.deepdive.web..", "dev.deepdive.config..", "dev.deepdive.model..",
                    "dev.deepdive.bank.yaml..", "dev.deepdive.grading.embedding..", "dev.deepdive.transcript.file..");
}
