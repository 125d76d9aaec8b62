package org.partnerflow;

import com.vaadin.flow.component.Component;

/**
 * Narrows who sees a view's menu entry when its route admits more people than have work there (the
 * caseload opens for everyone signed in, yet only case holders need it in the menu). A view that needs
 * one declares it as a bean beside its {@code @Menu}; Vaadin already leaves out entries a person may not open.
 */
public interface MenuCondition {

    /** The view whose entry this decides. */
    Class<? extends Component> view();

    /** Whether the signed-in person sees the entry. */
    boolean shown();
}
