package dev.deepdive.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

import java.util.List;

/** Fills in the rubric checklist for one answer; {@link ChecklistGrade} decides what the verdicts are worth. */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
interface JudgeAssistant {
    @SystemMessage(fromResource = "prompts/judge-system.md")
    @UserMessage(fromResource = "prompts/judge-user.md")
    Checklist judge(String question, List<RubricLine> keyPoints, List<RubricLine> misconceptions, String answer);
}
