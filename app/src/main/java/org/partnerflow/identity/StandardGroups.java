package org.partnerflow.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The role groups exist in every installation: task candidate groups and start rights refer to them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StandardGroups implements ApplicationRunner {

    private final People people;

    public StandardGroups(People people) {
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        people.ensureGroups();
    }
}
