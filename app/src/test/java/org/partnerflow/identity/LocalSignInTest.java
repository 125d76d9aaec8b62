package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Password sign-in turned off: refused for everyone (form and engine API alike use this provider) but the break-glass administrator. */
class LocalSignInTest extends PartnerflowSpringTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    DirectoryAccounts accounts;
    @Autowired
    LocalSignIn configured;

    private EngineIdentityAuthenticationProvider turnedOff(String breakGlass) {
        return new EngineIdentityAuthenticationProvider(identityService, accounts, new LocalSignIn(false, breakGlass));
    }

    @Test
    void onByDefaultAsTheDemoNeeds() {
        assertThat(configured.enabled()).isTrue();
        assertThat(configured.allows("anyone")).isTrue();
    }

    @Test
    void turnedOffOnlyTheBreakGlassAdministratorSignsInWithAPassword() {
        String admin = people.ensure(Role.ADMIN);
        String practitioner = people.ensure(Role.PRACTITIONER);
        EngineIdentityAuthenticationProvider provider = turnedOff(" " + admin + " ");

        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin, TestPeople.PASSWORD)).getName())
                .isEqualTo(admin);
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(practitioner, TestPeople.PASSWORD)))
                .isInstanceOf(SignInRefused.class).hasMessage(LocalSignIn.TURNED_OFF);
        assertThatThrownBy(() -> turnedOff("").authenticate(UsernamePasswordAuthenticationToken.unauthenticated(admin, TestPeople.PASSWORD)))
                .as("no break-glass user named: no one").isInstanceOf(SignInRefused.class);
    }
}
