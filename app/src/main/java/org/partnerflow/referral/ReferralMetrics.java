package org.partnerflow.referral;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How many children's cases are open at each stage, for whoever runs the service
 * ({@code partnerflow.referral.cases.open}, tagged {@code stage}): a queue that grows at assessment
 * or child protection screening shows before a timescale is missed. Counted when read (each scrape),
 * a count per stage, never who.
 */
@Component
class ReferralMetrics {

    /** Not open: closed, or carried on by the case it joined (counted there). */
    static final Set<CaseStage> NOT_OPEN = EnumSet.of(CaseStage.CLOSED, CaseStage.JOINED);

    private final ObjectProvider<WellbeingConcerns> concerns;

    // The gauges hold this bean weakly; the context holds it for as long as it runs.
    ReferralMetrics(MeterRegistry registry, ObjectProvider<WellbeingConcerns> concerns) {
        this.concerns = concerns;
        for (CaseStage stage : EnumSet.complementOf(EnumSet.copyOf(NOT_OPEN))) {
            Gauge.builder("partnerflow.referral.cases.open", this, m -> m.open(stage))
                    .tag("stage", stage.name().toLowerCase(Locale.ROOT))
                    .description("Children's cases open at this stage of the referral")
                    .register(registry);
        }
    }

    long open(CaseStage stage) {
        return concerns.getObject().countByStage(stage);
    }
}
