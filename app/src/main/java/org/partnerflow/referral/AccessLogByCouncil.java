package org.partnerflow.referral;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.audit.AccessLogScope;
import org.partnerflow.audit.RecordAccess;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The access log as each council keeps it (issue 17): a council's managers read the rows about their
 * own council's children (a child's case, by whoever opened or was refused it, other councils' people
 * included) and the rows of every other kind (pages, tasks, partnerships, projects) written by people
 * of their own council. Another council's children's rows they never read. The region's managers read
 * counts only; administrators read everything.
 */
@Component
class AccessLogByCouncil implements AccessLogScope {

    private final OverseenCouncils councils;
    private final Permissions permissions;
    private final People people;

    AccessLogByCouncil(OverseenCouncils councils, Permissions permissions, People people) {
        this.councils = councils;
        this.permissions = permissions;
        this.people = people;
    }

    @Override
    public Reach reach() {
        if (permissions.mayAdminister()) {
            return Reach.EVERY_ROW;
        }
        return councils.mine().isEmpty() ? Reach.COUNTS_ONLY : Reach.SOME_ROWS;
    }

    @Override
    public Specification<RecordAccess> readableRows() {
        List<String> mine = OverseenCouncils.orNone(councils.mine());
        List<String> colleagues = List.copyOf(colleagues(mine));
        return (root, query, cb) -> {
            // The ids of the cases of the reader's councils (and of cases not yet placed), as the log writes them.
            Subquery<String> ownCases = query.subquery(String.class);
            Root<WellbeingConcern> concern = ownCases.from(WellbeingConcern.class);
            Path<String> authority = concern.get("child").get("authorityCode");
            // The log's record ids are text: PostgreSQL compares them only with text.
            ownCases.select(cb.function("str", String.class, concern.get("id"))).where(cb.or(authority.in(mine), authority.isNull()));
            return cb.or(
                    cb.and(cb.equal(root.get("recordType"), CaseAccess.RECORD_TYPE), root.get("recordId").in(ownCases)),
                    cb.and(cb.notEqual(root.get("recordType"), CaseAccess.RECORD_TYPE), root.get("userId").in(colleagues)));
        };
    }

    /** The people of the councils (their engine groups' members); never empty, as an empty IN list is not portable SQL. */
    private Set<String> colleagues(List<String> councilCodes) {
        Set<String> ids = new LinkedHashSet<>();
        councilCodes.stream().filter(c -> !c.isEmpty()).forEach(c -> people.members(c).forEach(p -> ids.add(p.id())));
        if (ids.isEmpty()) {
            ids.add("");
        }
        return ids;
    }
}
