package org.partnerflow.testsupport;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * People for tests, one per role (id = the role's group id with "test-" in front, password
 * {@value #PASSWORD}), and signing in as them on the current thread: Spring Security and the
 * engine both learn who it is, as they do on a real request.
 */
@Component
public class TestPeople {

    public static final String PASSWORD = "test-password";

    private final People people;
    private final IdentityService identityService;

    public TestPeople(People people, IdentityService identityService) {
        this.people = people;
        this.identityService = identityService;
    }

    public static String idOf(Role role) {
        return "test-" + role.groupId();
    }

    /** The council the test people belong to, and the establishments the test Named Person serves. */
    public static final String AUTHORITY = "glasgow-city";
    public static final List<String> NAMED_PERSON_FOR = List.of("named-persons.eastfield-primary", "named-persons.westfield-academy");

    /**
     * Creates (once) the test person for each role, plus any extra person asked for. Each belongs to
     * {@link #AUTHORITY}; the test Named Person is Named Person for {@link #NAMED_PERSON_FOR}.
     */
    public String ensure(Role role) {
        people.ensureGroups();
        String id = idOf(role);
        people.ensurePerson(id, "Test", Words.of(role), id + "@example.org", PASSWORD, role);
        people.join(id, AUTHORITY);
        if (role == Role.NAMED_PERSON) {
            NAMED_PERSON_FOR.forEach(group -> people.join(id, group));
        }
        return id;
    }

    /** A person in the roles who belongs to these engine groups too (an authority, an establishment's Named Persons). */
    public String ensureIn(String id, List<String> groups, Role... roles) {
        ensure(id, roles);
        groups.forEach(group -> people.join(id, group));
        return id;
    }

    public String ensure(String id, Role... roles) {
        people.ensureGroups();
        // A name in words ("test-journey-outsider" → "Test Journey Outsider"): pages show names, and a
        // name made of the id would hide a page that shows the id instead.
        people.ensurePerson(id, "Test", lastName(id), id + "@example.org", PASSWORD, roles);
        return id;
    }

    /** Signs in the role's test person on this thread. */
    public String signIn(Role role) {
        return signInAs(ensure(role));
    }

    public String signInAs(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(g -> g.getId()).toList();
        List<SimpleGrantedAuthority> authorities = groups.stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
        var principal = new User(userId, "", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        identityService.setAuthentication(userId, groups);
        return userId;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    private static String lastName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.replaceFirst("^test-", "").split("[-_.]+")) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
