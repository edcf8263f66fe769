package dev.deepdive.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

import java.util.List;

/** The interviewer's voice: words the question the engine chose, reacting to the recent turns it is shown. */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
interface InterviewerAssistant {
    @SystemMessage(fromResource = "prompts/interviewer-system.md")
    @UserMessage(fromResource = "prompts/interviewer-user.md")
    Multi<String> ask(boolean realMode, String topic, String move, List<PastTurn> recent, String question);
}
