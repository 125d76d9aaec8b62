package org.partnerflow.operations;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Registers {@link RequestLogContext}'s two filters around Spring Security's. */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

    /** A sign-in on a request (HTTP Basic on every call of a scraper or an API client): its user id from then on. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        RequestLogContext.signedIn(event.getAuthentication().getName());
    }

    @Bean
    FilterRegistrationBean<RequestLogContext.RequestIds> requestIds() {
        FilterRegistrationBean<RequestLogContext.RequestIds> registration = new FilterRegistrationBean<>(new RequestLogContext.RequestIds());
        // Before Spring Security (-100): a refused request is logged with its id too.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLogContext.SignedInUsers> signedInUsers() {
        FilterRegistrationBean<RequestLogContext.SignedInUsers> registration =
                new FilterRegistrationBean<>(new RequestLogContext.SignedInUsers());
        // Right after Spring Security, which has then established who is signed in.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
