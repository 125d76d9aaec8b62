package org.partnerflow.referral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partnerflow.words.Words;

/** The case page's pathway decisions: what the rules recommended, what was chosen, and why when they differ. */
class PathwayDecisionsPanel extends Div {

    PathwayDecisionsPanel(List<PathwayDecision> decisions, UnaryOperator<String> names) {
        setId("case-pathway-decisions");
        setVisible(!decisions.isEmpty());
        add(new H3("Pathway decisions"));
        UnorderedList list = new UnorderedList();
        for (PathwayDecision d : decisions) {
            ListItem item = new ListItem(Words.date(d.getDecidedAt()) + " · " + Words.of(d.getChosen())
                    + (d.isOverridden() ? " · overrides the rules, which recommended " + Words.of(d.getRecommended()) + " · reason: " + d.getReason()
                            : " · as the rules recommended")
                    + (d.getDecidedBy() == null ? "" : " · by " + names.apply(d.getDecidedBy())));
            if (d.isOverridden()) {
                item.addClassName("pathway-overridden");
            }
            list.add(item);
        }
        add(list);
    }
}
