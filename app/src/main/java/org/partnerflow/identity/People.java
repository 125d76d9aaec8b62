package org.partnerflow.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.stereotype.Service;

/** Creates the standard groups and, on request, people in them (engine identity service). */
@Service
public class People {

    private final IdentityService identityService;

    public People(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Every {@link Role} as an engine group, plus Camunda's admin group and the monitoring group; idempotent. */
    public void ensureGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), Words.of(role));
        }
        ensureGroup(Role.CAMUNDA_ADMIN_GROUP, "Camunda administrators");
        ensureGroup(Role.MONITORING_GROUP, "Service monitoring (metrics only)");
    }

    /** Creates the person if absent (the password is hashed by the engine) and adds them to the roles. */
    public void ensurePerson(String id, String firstName, String lastName, String email, String password, Role... roles) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        Arrays.stream(roles).map(Role::groupId).forEach(group -> join(id, group));
        if (Arrays.asList(roles).contains(Role.ADMIN)) {
            join(id, Role.CAMUNDA_ADMIN_GROUP);
        }
    }

    /** Everyone who can sign in, as id and name, for choosing a person (a successor, a contact). */
    public java.util.List<Person> everyone() {
        return identityService.createUserQuery().orderByUserLastName().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(u -> new Person(u.getId(), fullName(u))).toList();
    }

    /** A person who can sign in: their user id and the name people know them by. */
    public record Person(String id, String name) {
    }

    public String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : fullName(user);
    }

    /** The names of these people by user id, in one look-up; an id the engine does not know is left out. */
    public java.util.Map<String, String> names(java.util.Collection<String> userIds) {
        java.util.List<String> wanted = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        identityService.createUserQuery().userIdIn(wanted.toArray(String[]::new)).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)
                .forEach(u -> names.put(u.getId(), fullName(u)));
        return names;
    }

    /** First and last name; the user id only for someone recorded without either. */
    public static String fullName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return name.isEmpty() ? u.getId() : name;
    }

    /**
     * Names for one page or export: each person is looked up once however many rows name them.
     * Not shared between requests, so a renamed person reads right on the next page.
     */
    public java.util.function.UnaryOperator<String> names() {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        return userId -> userId == null ? "" : known.computeIfAbsent(userId, this::displayName);
    }

    /** Adds the person to the engine group; nothing if they are in it already. */
    public void join(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Takes the person out of the engine group; nothing if they were not in it. */
    public void leave(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
            identityService.deleteMembership(userId, groupId);
        }
    }

    /** Whether someone of this id can sign in. */
    public boolean exists(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
    }

    /** Whether the person is in the engine group. */
    public boolean isMember(String userId, String groupId) {
        return userId != null && identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /** The group's members by last name, with their names. */
    public java.util.List<Person> members(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc()
                .listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream().map(u -> new Person(u.getId(), fullName(u))).toList();
    }

    /**
     * A team as people know it: a role's words from the bundle, else the engine group's name (an
     * establishment's Named Persons, a partner organisation), never its id unless it has no name.
     */
    public String teamName(String groupId) {
        if (groupId == null) {
            return "";
        }
        return Role.ofGroup(groupId).map(Words::of).orElseGet(() -> {
            Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
            return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
        });
    }

    /** Whether the engine group has anyone in it. */
    public boolean hasMembers(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count() > 0;
    }

    /** Creates the engine group if absent; a group that exists keeps its name and type. */
    public void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void ensureGroup(String id, String name) {
        ensureGroup(id, name, "WORKFLOW");
    }
}
