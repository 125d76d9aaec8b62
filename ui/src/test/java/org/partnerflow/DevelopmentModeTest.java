package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * With the postgres profile the application does not start in Vaadin's development mode unless
 * partnerflow.allow-development-mode says so. Each start here is a real SpringApplication with the
 * application's configuration files and the check registered as Spring Boot registers it
 * (META-INF/spring.factories), but no beans: the check runs before any would be made.
 */
class DevelopmentModeTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(NothingElse.class).web(WebApplicationType.NONE).run(args);
    }

    @Test
    void postgresInDevelopmentModeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres", "--vaadin.productionMode=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DevelopmentMode.REFUSED)
                .hasMessageContaining("development mode").hasMessageContaining("-Pproduction")
                .hasMessageContaining("partnerflow.allow-development-mode=true");
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres,demo")) // no production build on the test classpath
                .hasMessage(DevelopmentMode.REFUSED);
    }

    @Test
    void postgresInDevelopmentModeStartsWhenExplicitlyAllowed() {
        try (var context = start("--spring.profiles.active=postgres", "--vaadin.productionMode=false",
                "--partnerflow.allow-development-mode=true")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void postgresInProductionModeStarts() {
        try (var context = start("--spring.profiles.active=postgres,demo", "--vaadin.productionMode=true")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theDemoOnH2StartsInDevelopmentMode() {
        try (var context = start("--spring.profiles.active=demo", "--vaadin.productionMode=false")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void whenVaadinStartsItsOwnAnswerIsCheckedAgain() {
        DevelopmentMode check = new DevelopmentMode();
        VaadinService service = mock(VaadinService.class);
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");
        ReflectionTestUtils.setField(check, "environment", postgres);

        when(configuration.isProductionMode()).thenReturn(false);
        assertThatThrownBy(() -> check.serviceInit(new ServiceInitEvent(service))).hasMessage(DevelopmentMode.REFUSED);
        when(configuration.isProductionMode()).thenReturn(true);
        check.serviceInit(new ServiceInitEvent(service));
        when(configuration.isProductionMode()).thenReturn(false);
        postgres.setProperty(DevelopmentMode.ALLOW, "true");
        check.serviceInit(new ServiceInitEvent(service));
    }

    @Test
    void productionModeIsWhatVaadinWouldRead() {
        MockEnvironment none = new MockEnvironment();
        assertThat(DevelopmentMode.productionMode(none, null)).isFalse();
        assertThat(DevelopmentMode.productionMode(none, "{\"productionMode\": false, \"enableDevServer\": true}")).isFalse();
        assertThat(DevelopmentMode.productionMode(none, "{\n  \"productionMode\": true,\n  \"enableDevServer\": false}")).isTrue();
        MockEnvironment overridden = new MockEnvironment().withProperty("vaadin.productionMode", "false");
        assertThat(DevelopmentMode.productionMode(overridden, "{\"productionMode\": true}")).isFalse();
        assertThat(DevelopmentMode.productionMode(new MockEnvironment().withProperty("vaadin.productionMode", "true"), null)).isTrue();
    }
}
