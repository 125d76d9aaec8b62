package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** One store of people: the engine's identity service, used by Spring Security and task groups alike. */
class IdentityTest extends PartnerflowSpringTest {

    @Autowired
    EngineIdentityAuthenticationProvider provider;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signsInWithTheRightPasswordAndTurnsGroupsIntoRoles() {
        String id = people.ensure("test-identity-both", Role.NAMED_PERSON, Role.PRACTITIONER);

        Authentication auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(id, TestPeople.PASSWORD));

        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getName()).isEqualTo(id);
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_named-person", "ROLE_practitioner");
    }

    @Test
    void refusesAWrongPasswordAndThenThrottlesThatAccountForAWhile() {
        // Its own person: a failed sign-in pauses the account briefly (the engine's login throttling),
        // and says so; an unknown name is just refused.
        String id = people.ensure("test-identity-throttled", Role.PRACTITIONER);

        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(id, "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(id, TestPeople.PASSWORD)))
                .as("right password straight after a wrong one").isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-ins with this user name. Sign-in is paused: try again in 3 seconds.");
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody", "x")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwordsAreStoredHashedAndSalted() {
        String id = people.ensure(Role.PRACTITIONER);

        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, id);
        String salt = jdbc.queryForObject("select SALT_ from ACT_ID_USER where ID_ = ?", String.class, id);

        assertThat(stored).isNotEqualTo(TestPeople.PASSWORD).doesNotContain(TestPeople.PASSWORD).startsWith("{SHA-512}");
        assertThat(salt).isNotBlank();
    }

    @Test
    void everyRoleIsAnEngineGroupAndNoDemoPeopleExistOutsideTheDemoProfile() {
        for (Role role : Role.values()) {
            assertThat(identityService.createGroupQuery().groupId(role.groupId()).count()).as(role.groupId()).isEqualTo(1);
        }
        assertThat(identityService.createUserQuery().userIdIn("morag", "iain", "aisha", "helen", "admin").count()).isZero();
    }
}
