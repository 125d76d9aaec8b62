package org.partnerflow.establishment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.FormValidator;
import org.partnerflow.words.Words;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's local holidays and school holiday periods, which {@link WorkingDays} skips for the
 * council's children. Kept by the council's own managers and by administrators (every council; the
 * region has no calendar of its own: it has no children). Every refusal is a {@link Refusal} in words.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class LocalHolidays {

    /** The longest period: a summer holiday is about seven weeks, so anything longer is a slip of the keyboard. */
    static final int LONGEST_PERIOD_DAYS = 92;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final AuthorityHolidays holidays;
    private final Authorities authorities;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    LocalHolidays(AuthorityHolidays holidays, Authorities authorities, Permissions permissions, CurrentUser currentUser, Clock clock) {
        this.holidays = holidays;
        this.authorities = authorities;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The councils whose calendar the signed-in person keeps: administrators every council, managers their own. */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayKeepHolidays()")
    public List<Authority> councilsKeptByMe() {
        return authorities.findAllByOrderByRegionalAscNameAsc().stream()
                .filter(a -> !a.isRegional() && permissions.mayKeepHolidaysOf(a.getCode())).toList();
    }

    /** The council's periods, earliest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayKeepHolidays()")
    public List<AuthorityHoliday> of(String authorityCode) {
        return holidays.findByAuthorityCodeOrderByFirstDayAscNameAsc(kept(authorityCode).getCode());
    }

    /**
     * Adds a local holiday or school holiday period to the council.
     *
     * @throws Refusal in words: not the person's council, a detail missing or wrong, or an overlap with a period of the same kind
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepHolidays()")
    public AuthorityHoliday add(String authorityCode, LocalDate firstDay, LocalDate lastDay, String name, HolidayKind kind) {
        Authority council = kept(authorityCode);
        String clean = checked(firstDay, lastDay, name, kind);
        refuseOverlap(council, null, firstDay, lastDay, kind);
        return holidays.saveAndFlush(new AuthorityHoliday(council.getCode(), firstDay, lastDay, clean, kind,
                currentUser.requireId(), clock.instant()));
    }

    /**
     * Changes a period's days, name or kind.
     *
     * @param seenVersion the version the person edited: a change made meanwhile is refused, not overwritten
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepHolidays()")
    public AuthorityHoliday change(long id, LocalDate firstDay, LocalDate lastDay, String name, HolidayKind kind, long seenVersion) {
        AuthorityHoliday holiday = keptHoliday(id);
        if (holiday.getVersion() != seenVersion) {
            throw changedMeanwhile(holiday);
        }
        String clean = checked(firstDay, lastDay, name, kind);
        refuseOverlap(kept(holiday.getAuthorityCode()), holiday.getId(), firstDay, lastDay, kind);
        holiday.change(firstDay, lastDay, clean, kind, currentUser.requireId(), clock.instant());
        try {
            return holidays.saveAndFlush(holiday);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedMeanwhile(holiday);
        }
    }

    /**
     * Removes a period from the council's calendar.
     *
     * @param seenVersion the version the person saw: a period changed meanwhile is not removed unseen
     */
    @Transactional
    @PreAuthorize("@permissions.mayKeepHolidays()")
    public void remove(long id, long seenVersion) {
        AuthorityHoliday holiday = keptHoliday(id);
        if (holiday.getVersion() != seenVersion) {
            throw changedMeanwhile(holiday);
        }
        holidays.delete(holiday);
        holidays.flush();
    }

    private Authority kept(String code) {
        Authority authority = (code == null ? java.util.Optional.<Authority>empty() : authorities.findById(code))
                .orElseThrow(() -> new Refusal("There is no such council."));
        if (authority.isRegional()) {
            throw new Refusal("The region has no holidays of its own: choose a council.");
        }
        if (!permissions.mayKeepHolidaysOf(authority.getCode())) {
            throw new Refusal("Only " + authority.getName() + "'s managers or an administrator can change its holidays.");
        }
        return authority;
    }

    private AuthorityHoliday keptHoliday(long id) {
        AuthorityHoliday holiday = holidays.findById(id)
                .orElseThrow(() -> new Refusal("That holiday is no longer in the calendar: someone removed it meanwhile. Reload the page."));
        kept(holiday.getAuthorityCode());
        return holiday;
    }

    private static String checked(LocalDate firstDay, LocalDate lastDay, String name, HolidayKind kind) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new Refusal("Give the holiday a name, such as \"October week\" or \"Glasgow Fair Monday\".");
        }
        if (clean.length() > 100) {
            throw new Refusal("The holiday's name can have at most 100 characters.");
        }
        if (FormValidator.hasUnstorableCharacters(clean)) {
            throw new Refusal("The holiday's name cannot contain control characters or text-direction overrides.");
        }
        if (kind == null) {
            throw new Refusal("Choose whether it is a local holiday or a school holiday.");
        }
        if (firstDay == null) {
            throw new Refusal("Give the holiday's first day.");
        }
        if (lastDay == null) {
            throw new Refusal("Give the holiday's last day: for a single day, the same as the first.");
        }
        if (firstDay.getYear() < FIRST_YEAR || lastDay.getYear() > LAST_YEAR) {
            throw new Refusal("A holiday's days must fall between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new Refusal("The last day (" + Words.date(lastDay) + ") is before the first day (" + Words.date(firstDay) + ").");
        }
        if (firstDay.plusDays(LONGEST_PERIOD_DAYS).isBefore(lastDay.plusDays(1))) {
            throw new Refusal("A holiday period can last at most " + LONGEST_PERIOD_DAYS + " days: "
                    + Words.date(firstDay) + " to " + Words.date(lastDay) + " is longer. Record it as separate periods if it really is.");
        }
        return clean;
    }

    private void refuseOverlap(Authority council, Long self, LocalDate firstDay, LocalDate lastDay, HolidayKind kind) {
        holidays.findByAuthorityCodeAndKindAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(council.getCode(), kind, lastDay, firstDay)
                .stream().filter(other -> !other.getId().equals(self)).findFirst().ifPresent(other -> {
                    throw new Refusal(council.getName() + " already has the " + Words.of(kind).toLowerCase(Words.LOCALE) + " \""
                            + other.getName() + "\" from " + Words.date(other.getFirstDay()) + " to " + Words.date(other.getLastDay())
                            + ", which shares days with this one: change that one instead, or choose other days.");
                });
    }

    private static Refusal changedMeanwhile(AuthorityHoliday holiday) {
        return new Refusal(holiday.getName() + " was changed by someone else meanwhile. Reload to see the change, then make yours.");
    }
}
