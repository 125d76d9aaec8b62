package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.audit.PrintableTimelineView;
import org.partnerflow.charts.LineChart;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChildsCases;
import org.partnerflow.referral.InformationSource;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stored text is shown escaped in the places that write HTML or SVG themselves (the printable
 * timeline, the SVG charts): markup a person typed stays text, never elements or event handlers.
 */
@ExtendWith(HostileSeed.class)
class HostileTextShownEscapedTest extends KaribuSpringTest {

    private static final InputsTried TRIED = new InputsTried(HostileTextShownEscapedTest.class);
    private static final Set<String> CHART_ELEMENTS = Set.of("svg", "line", "polyline", "circle", "text", "title", "desc", "rect", "path", "g");

    @Autowired
    TestReferrals referrals;
    @Autowired
    ChildsCases cases;
    @Autowired
    WellbeingConcerns concerns;

    @AfterAll
    static void writeCounts() {
        TRIED.write();
    }

    @Test
    void aNoteWithMarkupIsPrintedAsText() {
        ProcessInstance referral = referrals.raise("Escaped" + System.nanoTime());
        long caseId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        people.signIn(Role.PRACTITIONER);
        cases.addNote(caseId, "<script>alert(1)</script> and <img src=x onerror=alert(1)> & \"quotes\"", LocalDate.now(Words.ZONE),
                InformationSource.SCHOOL);
        // A note is stored text like a form field: NUL (which PostgreSQL refuses) and bidi overrides are refused before any write.
        for (String unstorable : new String[] {"before\u0000after", "left \u202Eright"}) {
            assertThatThrownBy(() -> cases.addNote(caseId, unstorable, LocalDate.now(Words.ZONE), InformationSource.SCHOOL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("control characters");
        }
        people.signOut();

        openUiAs(people.ensure(Role.MANAGER));
        UI.getCurrent().navigate(PrintableTimelineView.class, new RouteParameters(new RouteParam("type", "case"), new RouteParam("id", String.valueOf(caseId))));
        String html = _get(Div.class, s -> s.withId("printable-timeline")).getElement().getProperty("innerHTML");

        Document printed = Jsoup.parseBodyFragment(html);
        assertThat(printed.select("script, img, [onerror]")).isEmpty();
        assertThat(printed.text()).contains("<script>alert(1)</script> and <img src=x onerror=alert(1)> & \"quotes\"");
        TRIED.add("printable timeline notes");
    }

    @Test
    void chartsDrawHostileLabelsAsText(HostileValues hostile) {
        for (int i = 0; i < 200; i++) {
            String label = hostile.random().trueOrFalse() ? hostile.anyText() : hostile.random().oneOf(HostileValues.PAYLOADS);
            LineChart value = LineChart.of("v", label).occasions(label, List.of(label, "b")).series("", List.of(1.0, 2.0))
                    .flagged(Set.of(0), label).level(1.5, label).marker(1, label).description(label).build();
            LineChart rating = LineChart.of("r", label).scale(1, 6).occasions("When", List.of(label, "x"))
                    .series(label, List.of(3.0, 4.0)).description(label).build();
            assertOnlyChartElements(value.svg().getElement().getProperty("innerHTML"), label);
            assertOnlyChartElements(rating.svg().getElement().getProperty("innerHTML"), label);
            assertThat(rating.tableRows().get(1)).containsExactly(label, "3");
            TRIED.add("chart labels");
        }
    }

    private static void assertOnlyChartElements(String svg, String label) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("svg")).hasSize(1);
        assertThat(doc.select("text")).isNotEmpty();
        for (Element e : doc.getAllElements()) {
            if (e == doc) {
                continue;
            }
            assertThat(CHART_ELEMENTS).as("element <%s> from label %s", e.tagName(), label).contains(e.tagName());
            e.attributes().forEach(a -> assertThat(a.getKey().toLowerCase()).as("attribute from label %s", label).doesNotStartWith("on"));
        }
    }
}
