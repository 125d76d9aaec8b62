package org.partnerflow.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Every process family, in the order people meet them (referral, partnership, improvement). */
@Service
public class ProcessFamilies {

    private final List<ProcessFamily> families;

    // Spring gives the beans in their @Order.
    ProcessFamilies(List<ProcessFamily> families) {
        this.families = List.copyOf(families);
    }

    public List<ProcessFamily> all() {
        return families;
    }

    public Optional<ProcessFamily> byKey(String processKey) {
        return families.stream().filter(f -> f.processKey().equals(processKey)).findFirst();
    }
}
