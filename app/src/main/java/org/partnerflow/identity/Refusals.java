package org.partnerflow.identity;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aopalliance.intercept.MethodInvocation;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A service method the policy refuses ({@code @PreAuthorize("@permissions.…")}) is refused as every
 * other refusal in Partnerflow is, an {@link AuthorizationException} saying who may: the views and the
 * engine's doors already answer that one. Services name it with
 * {@code @HandleAuthorizationDenied(handlerClass = Refusals.class)}.
 */
@Component
public class Refusals implements MethodAuthorizationDeniedHandler {

    private static final Pattern QUESTION = Pattern.compile("@permissions\\.(\\w+)\\(");

    /** Who may, for each question a service asks by annotation. */
    private static final Map<String, String> WHO_MAY = Map.of(
            "mayOversee", "managers and administrators",
            "mayEditIndicators", "managers and administrators",
            "mayAdminister", "administrators",
            "mayRegisterPartners", "partnership leads, managers and administrators",
            "mayKeepEstablishments", "managers and administrators",
            "mayHaveCaseload", "Named Persons, Lead Professionals and managers",
            "mayRecordMeetings", "the case's Lead Professional, or its Named Person while they lead it",
            "mayKeepAgencies", "managers and administrators",
            "mayKeepHolidays", "managers and administrators",
            "mayReadNotifications", "people signed in");

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        String question = result instanceof ExpressionAuthorizationDecision decision
                ? question(decision.getExpression().getExpressionString()) : "";
        String who = whoMay(question);
        throw new AuthorizationException(who == null ? "Your roles do not allow this." : "Only " + who + " may do this.");
    }

    /** @return who may, for a question the services ask by annotation; null for any other */
    static String whoMay(String question) {
        return WHO_MAY.get(question);
    }

    static String question(String expression) {
        Matcher m = QUESTION.matcher(expression);
        return m.find() ? m.group(1) : "";
    }
}
