package org.partnerflow.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the plan editor or "Your actions" could not do, in words, with a way to show the plan as it
 * now is (after someone else changed it, say). Hidden until told something.
 */
class PlanProblem extends Paragraph {

    private final String id;
    private final Runnable reload;

    /** {@code id} names the paragraph ({@code <id>-problem}) and its button ({@code <id>-reload}). */
    PlanProblem(String id, Runnable reload) {
        this.id = id;
        this.reload = reload;
        setId(id + "-problem");
        setVisible(false);
    }

    void tell(String words) {
        removeAll();
        setText(words);
        Button again = new Button("Reload the plan", e -> reload.run());
        again.setId(id + "-reload");
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(again);
        setVisible(true);
    }
}
