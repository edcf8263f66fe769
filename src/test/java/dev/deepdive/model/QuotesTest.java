package dev.deepdive.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {
    private static final String ANSWER = "GRPO drops the value model. It normalises each reward against the group’s mean\nand standard deviation.";

    @Test
    void aVerbatimQuoteIsEvidenceWhateverItsCaseSpacingOrQuoteMarks() {
        assertThat(Quotes.verified("\"grpo drops the VALUE model.\"", ANSWER)).contains("grpo drops the VALUE model");
        assertThat(Quotes.verified("against the group's mean and standard deviation", ANSWER)).isPresent();
    }

    @Test
    void passagesJoinedByAnEllipsisMustEachBeInTheAnswer() {
        assertThat(Quotes.verified("drops the value model ... against the group’s mean", ANSWER)).isPresent();
        assertThat(Quotes.verified("drops the value model ... uses a learned critic", ANSWER)).isEmpty();
    }

    @Test
    void aFabricatedOrTooShortQuoteIsNoEvidence() {
        assertThat(Quotes.verified("GRPO uses a learned critic", ANSWER)).isEmpty();
        assertThat(Quotes.verified("GRPO", ANSWER)).isEmpty();
        assertThat(Quotes.verified("", ANSWER)).isEmpty();
        assertThat(Quotes.verified(null, ANSWER)).isEmpty();
    }
}
