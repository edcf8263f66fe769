package dev.deepdive.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.mutiny.Multi;

/** Probes one point the last answer missed, hooked onto the candidate's own words. */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
interface FollowUpAssistant {
    @SystemMessage(fromResource = "prompts/follow-up-system.md")
    @UserMessage(fromResource = "prompts/follow-up-user.md")
    Multi<String> probe(boolean realMode, String topic, String question, String answer, String followUp);
}
