package dev.deepdive.model;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** The judge's reply: evidence per rubric item, no score. Untrusted until {@link ChecklistGrade} has checked it. */
@Description("A rubric checklist for one answer: one verdict per key point and one per misconception")
public record Checklist(
        @Description("One verdict for each key point, using the key point ids given") List<KeyPointVerdict> keyPoints,
        @Description("One verdict for each misconception, using the misconception ids given") List<MisconceptionVerdict> misconceptions) {

    /** Whether the answer states one key point, with the words that state it. */
    public record KeyPointVerdict(
            @Description("The key point id") String id,
            @Description("True only if the answer states this key point") boolean covered,
            @Description("The exact words of the answer that state the key point, copied verbatim; empty if not covered") String quote) {
    }

    /** Whether the answer voices one misconception, with the words that voice it. */
    public record MisconceptionVerdict(
            @Description("The misconception id") String id,
            @Description("True only if the answer asserts this misconception") boolean present,
            @Description("The exact words of the answer that assert it, copied verbatim; empty if not present") String quote) {
    }
}
