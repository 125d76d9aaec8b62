package org.partnerflow.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.EngineApiRequest;
import org.partnerflow.identity.Permissions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests Camunda REST would answer with a 500 although the caller is at fault, answered as the
 * caller's mistake instead (found by {@code HostileRestInputTest}):
 * <ul>
 * <li>Camunda reads an empty JSON body as {@code {}}, but a body of only whitespace, or the JSON
 * {@code null}, reaches its resources as no object and ends in a NullPointerException. Such a body is
 * handed on as {@code {}}, so it is answered as an empty one (a 400 where something is required).</li>
 * <li>Acting on a task, process instance, process definition, execution or job that does not exist
 * (completing, claiming, reading or setting its variables, signalling, suspending, retrying...) is a
 * 500 in Camunda for many of its resources (documented so); here it is a 404. Something removed
 * between this check and the command still gets Camunda's 500. The security chain runs first, so the
 * 404 tells nobody refused anything about what exists.</li>
 * <li>A task is answered as missing, too, to a caseworker who has no part in it (neither holds it nor
 * is offered it): the same 404, body and headers, after the same queries, so an outsider cannot tell
 * which tasks exist or who holds them; managers too, for the engine API is not where they oversee.
 * Administrators, who may list tasks anyway, are told only whether it exists; then the engine's guard
 * says why it refuses.</li>
 * </ul>
 * Both doors to the engine API are covered, on every path form ({@link EngineApiRequest}). Here in
 * workflow, beside {@link EngineCommandGuard}; who has a part in a task is the policy's answer.
 */
public class EngineRestRequests extends OncePerRequestFilter {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    /** An action on one named thing: its kind, its id and what is done to it. */
    private static final Pattern NAMED = Pattern.compile("/(task|process-instance|process-definition|execution|job)/([^/]+)/.+");
    /** Words in the id's place that are not ids (e.g. {@code /process-definition/key/{key}/start}). */
    private static final Set<String> NOT_IDS = Set.of("key", "count", "create", "suspended", "report", "query", "retries");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final ObjectMapper json = new ObjectMapper();

    EngineRestRequests(TaskService tasks, RuntimeService runtime, RepositoryService repository, ManagementService management,
                       CurrentUser currentUser, Permissions permissions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.currentUser = currentUser;
        this.permissions = permissions;
    }

    /** Registered before Camunda REST's own filters, on both doors. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<EngineRestRequests> engineRestRequests(TaskService tasks, RuntimeService runtime, RepositoryService repository,
                                                                      ManagementService management, CurrentUser currentUser,
                                                                      Permissions permissions) {
            FilterRegistrationBean<EngineRestRequests> registration = new FilterRegistrationBean<>(
                    new EngineRestRequests(tasks, runtime, repository, management, currentUser, permissions));
            registration.addUrlPatterns(EngineApiRequest.REST + "/*", EngineApiRequest.WEBAPP + "/*");
            registration.setOrder(103); // before Camunda REST's own filters
            return registration;
        }
    }

    /** Whether the thing exists, as far as the caller may know. */
    private boolean exists(String kind, String id) {
        return switch (kind) {
            case "task" -> currentUser.id().isPresent() && !permissions.mayOverseeThroughEngine()
                    ? permissions.maySeeTask(id, currentUser.id().get())
                    : tasks.createTaskQuery().taskId(id).count() > 0;
            case "process-instance" -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0;
            case "process-definition" -> repository.createProcessDefinitionQuery().processDefinitionId(id).count() > 0;
            case "execution" -> runtime.createExecutionQuery().executionId(id).count() > 0;
            default -> management.createJobQuery().jobId(id).count() > 0;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher named = NAMED.matcher(EngineApiRequest.of(request).map(EngineApiRequest::resource).orElse(""));
        if (named.matches() && !NOT_IDS.contains(named.group(2)) && !exists(named.group(1), named.group(2))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), Map.of("type", "NotFoundException", "message", named.group(1).equals("task")
                    ? "This task does not exist: someone may have completed it already."
                    : "There is no " + named.group(1).replace('-', ' ') + " with this id."));
            return;
        }
        String type = request.getContentType();
        if ("GET".equals(request.getMethod()) || type == null || !type.toLowerCase().contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8).strip();
        chain.doFilter(new Body(request, text.isEmpty() || text.equals("null") ? EMPTY_OBJECT : body), response);
    }

    /** The request with its body already read. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
