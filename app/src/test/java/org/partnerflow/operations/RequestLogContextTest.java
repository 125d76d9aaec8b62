package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which request ids are taken as sent, and what a logged failure says (never its message). */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogContextTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0f8fad5b-d9cb-469f-a165-70867728950e", "proxy.1:2_3-4", "A"})
    void aPlainTokenIsTakenAsSent(String sent) {
        assertThat(RequestLogContext.requestIdFrom(sent)).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " abc", "-abc", "a b", "a\nb", "a\"b", "<script>", "a/b", "ä",
            "1234567890123456789012345678901234567890123456789012345678901234567890"})
    void anythingElseIsReplaced(String sent) {
        String id = RequestLogContext.requestIdFrom(sent);

        assertThat(id).isNotEqualTo(sent).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void noIdSentMeansANewOne() {
        assertThat(RequestLogContext.requestIdFrom(null)).hasSize(36);
        assertThat(RequestLogContext.requestIdFrom(null)).isNotEqualTo(RequestLogContext.requestIdFrom(null));
    }

    @Test
    void aLoggedFailureNamesItsClassesAndTheRequestButNoMessage(CapturedOutput output) {
        IllegalStateException failure = new IllegalStateException("No record for Zebedee Quixote, born 12/04/2016",
                new IllegalArgumentException("Quixote"));
        MDC.put(RequestLogContext.REQUEST_ID, "req-7");
        try {
            LoggedFailure.log(LoggerFactory.getLogger(RequestLogContextTest.class), "Workflow action failed", failure);
        } finally {
            MDC.remove(RequestLogContext.REQUEST_ID);
        }

        assertThat(output.getOut() + output.getErr())
                .contains("Workflow action failed (java.lang.IllegalStateException, request req-7)")
                .contains("java.lang.IllegalArgumentException")
                .contains("RequestLogContextTest.aLoggedFailureNamesItsClassesAndTheRequestButNoMessage")
                .doesNotContain("Zebedee").doesNotContain("Quixote").doesNotContain("12/04/2016");
    }

    @Test
    void theTraceKeepsTheFramesAndCausesWithoutMessages() {
        Exception failure = new RuntimeException("secret", new IllegalStateException("secret too"));

        Throwable trace = LoggedFailure.withoutMessages(failure);

        assertThat(trace.getMessage()).isEqualTo("java.lang.RuntimeException");
        assertThat(trace.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(trace.getCause().getMessage()).isEqualTo("java.lang.IllegalStateException");
        assertThat(trace.getCause().getCause()).isNull();
    }
}
