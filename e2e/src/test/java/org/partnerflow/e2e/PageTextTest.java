package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a journey's step refuses to see on a page: ISO dates and user ids. */
class PageTextTest {

    @Test
    void isoDatesAndUserIdsAreFoundAndNamesAndBritishDatesAreNot() {
        assertThat(Browser.shownWrongly("Born 2016-04-12. Concern raised by: test-practitioner", Set.of("test-practitioner")))
                .containsExactly("the ISO date 2016-04-12", "the user id test-practitioner");
        assertThat(Browser.shownWrongly("Born 12 Apr 2016. Concern raised by: Test Practitioner (test-practitioner-2 is another)",
                Set.of("test-practitioner"))).isEmpty();
        assertThat(Browser.shownWrongly("Write to test-practitioner@example.org or test-practitioner.smith", Set.of("test-practitioner")))
                .isEmpty();
    }
}
