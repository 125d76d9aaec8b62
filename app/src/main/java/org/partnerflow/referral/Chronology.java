package org.partnerflow.referral;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one writer of chronology entries. */
@Service
public class Chronology {

    private final ChronologyEntries entries;
    private final Clock clock;

    public Chronology(ChronologyEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public ChronologyEntry record(WellbeingConcern concern, ChronologyEntry.Kind kind, String summary, String recordedBy) {
        return entries.save(new ChronologyEntry(concern.getId(), concern.getChild().getId(), clock.instant(), clock.instant(),
                recordedBy, kind, summary, null));
    }

    /** Corrects an entry by adding a new one that points at it; the old entry stays as it was. */
    @Transactional
    public ChronologyEntry correct(Long entryId, String correction, String recordedBy) {
        ChronologyEntry wrong = entries.findById(entryId).orElseThrow(() -> new IllegalArgumentException("No chronology entry " + entryId));
        return entries.save(new ChronologyEntry(wrong.getConcernId(), wrong.getChildId(), clock.instant(), clock.instant(),
                recordedBy, ChronologyEntry.Kind.CORRECTION, correction, wrong.getId()));
    }

    public List<ChronologyEntry> of(WellbeingConcern concern) {
        return entries.findByConcernIdOrderByOccurredAtAscIdAsc(concern.getId());
    }
}
