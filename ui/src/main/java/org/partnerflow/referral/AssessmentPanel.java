package org.partnerflow.referral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.FactList;
import org.partnerflow.workflow.SubjectSummary.Fact;

/** The Named Person's latest assessment on the case page: the five questions, the My World Triangle, the views. */
class AssessmentPanel extends Div {


    AssessmentPanel(List<WellbeingAssessment> assessments, UnaryOperator<String> names) {
        setId("case-assessment");
        add(new H3("Named Person assessment"));
        if (assessments.isEmpty()) {
            add(new Paragraph("Not assessed yet."));
            return;
        }
        WellbeingAssessment a = assessments.get(assessments.size() - 1);
        add(new Paragraph("Assessed by " + names.apply(a.getAssessedBy()) + " on " + Words.date(a.getAssessedAt())
                + (assessments.size() > 1 ? " (the latest of " + assessments.size() + " assessments; earlier ones are in the chronology)" : "")));
        add(new H4("The five questions"), new FactList(List.of(
                new Fact("What is getting in the way of this child's wellbeing?", a.getWhatIsGettingInTheWay()),
                new Fact("Do I have all the information I need to help?", a.getInformationNeeded()),
                new Fact("What can I do now?", a.getWhatICanDoNow()),
                new Fact("What can my agency do now?", a.getWhatMyAgencyCanDo()),
                new Fact("What additional help, if any, may be needed from others?", a.getAdditionalHelp()),
                new Fact("Help from other agencies is needed", a.isNeedsOtherAgencies() ? "Yes" : "No"))));
        add(new H4("My World Triangle"), new FactList(List.of(
                new Fact("How I grow and develop: strengths", a.getGrowingStrengths()),
                new Fact("How I grow and develop: challenges", a.getGrowingChallenges()),
                new Fact("What I need from the people who look after me: strengths", a.getCarersStrengths()),
                new Fact("What I need from the people who look after me: challenges", a.getCarersChallenges()),
                new Fact("My wider world: strengths", a.getWiderWorldStrengths()),
                new Fact("My wider world: challenges", a.getWiderWorldChallenges()))));
        add(new H4("Views"), new FactList(List.of(
                new Fact("The child's views", a.getChildsViews()),
                new Fact("The parents' or carers' views", a.getParentsViews()))));
    }
}
