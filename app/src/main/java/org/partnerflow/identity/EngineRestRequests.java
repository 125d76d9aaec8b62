package org.partnerflow.identity;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests Camunda REST would answer with a 500 although the caller is at fault, answered as the
 * caller's mistake instead (found by {@code HostileRestInputTest}):
 * <ul>
 * <li>Camunda reads an empty JSON body as {@code {}}, but a body of only whitespace, or the JSON
 * {@code null}, reaches its resources as no object and ends in a NullPointerException. Such a body is
 * handed on as {@code {}}, so it is answered as an empty one (a 400 where something is required).</li>
 * <li>Completing or submitting the form of a task that does not exist is a 500 in Camunda (documented
 * so); here it is a 404. A task completed between this check and the command still gets Camunda's 500.</li>
 * </ul>
 */
public class EngineRestRequests extends OncePerRequestFilter {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Pattern TASK_SUBMISSION = Pattern.compile("/engine-rest/task/([^/]+)/(complete|submit-form|resolve)");

    private final TaskService tasks;
    private final ObjectMapper json = new ObjectMapper();

    public EngineRestRequests(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher submission = TASK_SUBMISSION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (submission.matches() && tasks.createTaskQuery().taskId(URLDecoder.decode(submission.group(1), StandardCharsets.UTF_8)).count() == 0) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), Map.of("type", "NotFoundException",
                    "message", "This task does not exist: someone may have completed it already."));
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().contains("json")) {
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
