package org.partnerflow.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnerflow.identity.People;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of chronology entries. Each entry says when the event happened (it may be recorded
 * later, never before it happened), whom the information came from and who recorded it.
 */
@Service
public class Chronology {

    private final ChronologyEntries entries;
    private final Clock clock;
    private final People people;

    public Chronology(ChronologyEntries entries, Clock clock, People people) {
        this.entries = entries;
        this.clock = clock;
        this.people = people;
    }

    /** A step of the process records what it did: it happened today, and the process is its own source. */
    @Transactional
    public ChronologyEntry record(WellbeingConcern concern, ChronologyEntry.Kind kind, String summary, String recordedBy) {
        return record(concern, kind, summary, recordedBy, today(), null);
    }

    /** An event that happened on {@code eventDate} (today or earlier), told by {@code source} (none for the process's own steps). */
    @Transactional
    public ChronologyEntry record(WellbeingConcern concern, ChronologyEntry.Kind kind, String summary, String recordedBy,
                                  LocalDate eventDate, InformationSource source) {
        LocalDate happened = eventDate == null || eventDate.isAfter(today()) ? today() : eventDate;
        return entries.save(new ChronologyEntry(concern.getId(), concern.getChild().getId(), clock.instant(), clock.instant(),
                recordedBy, kind, summary, null, happened, source, null));
    }

    /**
     * Corrects an entry by adding a new one that supersedes it; the old entry stays as it was. Only
     * through {@link ChildsCases#correctEntry}, which checks the person works on the case. The entry's
     * row is locked while this runs, so of two simultaneous corrections the second sees the first and
     * is refused; the unique index on {@code corrects_entry_id} holds the same line in the database.
     *
     * @throws Refusal if the entry is not on this case or is already corrected
     */
    @Transactional
    ChronologyEntry correct(WellbeingConcern concern, long entryId, String correction, String reason, LocalDate eventDate,
                            String recordedBy) {
        ChronologyEntry wrong = entries.findForCorrection(entryId).filter(e -> e.getConcernId().equals(concern.getId()))
                .orElseThrow(() -> new Refusal("That chronology entry is not on this case: reload the page."));
        Optional<ChronologyEntry> already = entries.findByCorrectsEntryId(entryId);
        if (already.isPresent()) {
            throw alreadyCorrected(already.get());
        }
        return entries.saveAndFlush(new ChronologyEntry(wrong.getConcernId(), wrong.getChildId(), clock.instant(), clock.instant(),
                recordedBy, ChronologyEntry.Kind.CORRECTION, correction, wrong.getId(), eventDate, wrong.getSource(), reason));
    }

    /** The refusal for an entry someone has corrected already, naming them. */
    Refusal alreadyCorrected(ChronologyEntry correction) {
        return new Refusal("This entry was already corrected by " + people.displayName(correction.getRecordedBy()) + " on "
                + Words.date(correction.getRecordedAt()) + ": reload the page to see their correction, and correct that if it is still wrong.");
    }

    /** The correction that supersedes an entry, if any. */
    @Transactional(readOnly = true)
    public Optional<ChronologyEntry> correctionOf(long entryId) {
        return entries.findByCorrectsEntryId(entryId);
    }

    /** The case's chronology in the order things happened (then the order they were recorded). */
    public List<ChronologyEntry> of(WellbeingConcern concern) {
        return entries.findByConcernIdOrderByEventDateAscOccurredAtAscIdAsc(concern.getId());
    }

    /** Today in Scotland: the day an event recorded now happened, unless told otherwise. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Words.ZONE));
    }
}
