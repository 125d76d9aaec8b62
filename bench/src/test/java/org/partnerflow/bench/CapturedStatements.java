package org.partnerflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the SQL the application sends while a benchmark asks for it, so the benchmark can show
 * PostgreSQL's plan of the exact statement the engine ran (its query shape, with its parameters),
 * not a hand-written copy of it.
 */
@Configuration(proxyBeanMethods = false)
class CapturedStatements {

    /** A statement as sent: its SQL and its parameters in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private static final ThreadLocal<List<Statement>> RECORDING = new ThreadLocal<>();

    /** Runs the action and returns the statements it sent on this thread. */
    static List<Statement> during(Runnable action) {
        List<Statement> seen = new ArrayList<>();
        RECORDING.set(seen);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return seen;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the first statement that matches, run with its own parameters. */
    static String plan(DataSource dataSource, List<Statement> statements, Predicate<String> which) throws Exception {
        Statement s = statements.stream().filter(st -> which.test(st.sql())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no such statement among " + statements.size()));
        StringBuilder plan = new StringBuilder(s.sql().strip().replaceAll("\\s+", " ")).append("\n\n");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + s.sql())) {
            for (int i = 0; i < s.parameters().size(); i++) {
                ps.setObject(i + 1, s.parameters().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("captured").listener(new QueryExecutionListener() {
                        @Override
                        public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
                            List<Statement> seen = RECORDING.get();
                            if (seen == null) {
                                return;
                            }
                            for (QueryInfo q : queries) {
                                List<Object> parameters = new ArrayList<>();
                                if (!q.getParametersList().isEmpty()) {
                                    // Parameters arrive as setX(index, value) calls; put them in index order.
                                    List<ParameterSetOperation> ops = new ArrayList<>(q.getParametersList().get(0));
                                    ops.sort((a, b) -> Integer.compare((Integer) a.getArgs()[0], (Integer) b.getArgs()[0]));
                                    ops.forEach(op -> parameters.add(op.getArgs()[1]));
                                }
                                seen.add(new Statement(q.getQuery(), parameters));
                            }
                        }

                        @Override
                        public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
                        }
                    }).build();
                }
                return bean;
            }
        };
    }
}
