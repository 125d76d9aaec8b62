package org.partnerflow.workflow;

import java.util.List;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Component;

/**
 * The people of the engine groups the registers keep: an agency's practitioners and its managers, an
 * establishment's Named Persons, an authority's members and its Named Person coordinators. Who is in
 * one, putting someone in and taking them out, and making the groups of a new installation, the same
 * way for every register. Whether the signed-in person may change a group is the register's question
 * (it asks {@code Permissions}); this is what the change is.
 *
 * <p>Here beside {@link Refusal} rather than in {@code identity}: identity sits below workflow, so it
 * cannot refuse in the words the pages show.
 */
@Component
public class EngineGroupMembers {

    private final People people;

    EngineGroupMembers(People people) {
        this.people = people;
    }

    /** Makes the group if the engine has none of that id, named as Camunda Admin shows it; one that exists keeps its name. */
    public void ensure(String group, String name, String type) {
        people.ensureGroup(group, name, type);
    }

    /** Who is in the group, by last name, with their full names. */
    public List<People.Person> of(String group) {
        return people.members(group);
    }

    /**
     * Puts the person in each of the groups (nothing for one they are in already).
     *
     * @throws Refusal for someone who cannot sign in; nothing is joined
     */
    public void add(String userId, String... groups) {
        requirePerson(userId);
        join(userId, groups);
    }

    /**
     * Puts someone who holds the role in each of the groups: a Named Person is Named Person for an
     * establishment, or coordinates an authority's, only once they have the role.
     *
     * @throws Refusal for someone who cannot sign in or does not hold the role; nothing is joined
     */
    public void addHolding(Role role, String userId, String... groups) {
        requirePerson(userId);
        if (!people.isMember(userId, role.groupId())) {
            throw new Refusal(people.displayName(userId) + " is not a " + Words.of(role) + ": give them the " + Words.of(role)
                    + " role first.");
        }
        join(userId, groups);
    }

    /** Takes the person out of each of the groups; nothing for one they are not in. */
    public void remove(String userId, String... groups) {
        for (String group : groups) {
            people.leave(userId, group);
        }
    }

    private void join(String userId, String... groups) {
        for (String group : groups) {
            people.join(userId, group);
        }
    }

    private void requirePerson(String userId) {
        if (!people.exists(userId)) {
            throw new Refusal("Choose someone who can sign in to Partnerflow.");
        }
    }
}
