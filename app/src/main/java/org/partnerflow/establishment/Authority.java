package org.partnerflow.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A council (local authority), or the regional collaborative that sits alongside them. Each council
 * remains responsible for its children's records; the region sees aggregates only. Reference data,
 * fixed by migration V14.
 *
 * <p>Membership is an engine group: its id is the authority's {@link #getCode() code}. The authority's
 * Named Person coordinators, who take an assessment when the child's establishment has no Named
 * Person, are the group {@link #coordinatorGroup()}.
 */
@Entity
@Immutable
@Table(name = "authority")
public class Authority {

    /** The engine group type of authority memberships, so Camunda Admin tells them apart from roles. */
    public static final String GROUP_TYPE = "authority";
    /** The engine group type of an authority's Named Person coordinators. */
    public static final String COORDINATOR_GROUP_TYPE = "named-person-coordinators";

    @Id
    @Column(length = 40)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false)
    private boolean regional;

    protected Authority() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isRegional() { return regional; }

    /** The engine group of the people who belong to this authority. */
    public String memberGroup() {
        return code;
    }

    public String coordinatorGroup() {
        return coordinatorGroupOf(code);
    }

    static String coordinatorGroupOf(String authorityCode) {
        return "named-person-coordinators." + authorityCode;
    }
}
