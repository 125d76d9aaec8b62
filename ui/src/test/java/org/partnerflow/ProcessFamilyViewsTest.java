package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.ProcessFamilies;
import org.partnerflow.workflow.ProcessFamily;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages that list every family list the family beans, in their order, and nothing by hand. */
class ProcessFamilyViewsTest extends KaribuSpringTest {

    @Autowired
    ProcessFamilies families;

    @Test
    void theAccessLogFiltersByEachFamilysRecordTypes() {
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate("audit/access");

        Select<?> recordType = _get(Select.class, s -> s.withId("access-record-type"));
        assertThat(ComboBoxKt.getSuggestions(recordType)).containsExactlyInAnyOrder("Any", "child-case", "partnership", "improvement-project");
    }

    @Test
    void oversightShowsWhereWorkWaitsForEachFamily() {
        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate("oversight");

        for (ProcessFamily family : families.all()) {
            Anchor heat = _get(Anchor.class, s -> s.withId("heat-" + family.processKey()));
            assertThat(heat.getText()).isEqualTo(family.displayName());
            assertThat(heat.getHref()).isEqualTo("oversight/heat/" + family.processKey());
        }
        assertThat(_find(Anchor.class, s -> s.withText("Partnership enquiry"))).isEmpty();
        Select<?> throughput = _get(Select.class, s -> s.withId("throughput-process"));
        assertThat(ComboBoxKt.getSuggestions(throughput)).containsExactly("GIRFEC referral", "Partnerships", "Improvement projects");
    }
}
