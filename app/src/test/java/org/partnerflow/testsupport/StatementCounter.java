package org.partnerflow.testsupport;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application sends, for tests that bound queries per request. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements sent so far by this JVM's application context(s). */
    public static long count() {
        return STATEMENTS.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted")
                            .listener(new QueryExecutionListener() {
                                @Override
                                public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                                                        java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                                    STATEMENTS.addAndGet(queries.size());
                                }

                                @Override
                                public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                                                       java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                                }
                            }).build();
                }
                return bean;
            }
        };
    }
}
