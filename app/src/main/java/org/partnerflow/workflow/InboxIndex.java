package org.partnerflow.workflow;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index the inbox reads in order: open tasks by due date, creation time and id, the inbox's sort.
 * With it a page of a group's inbox reads about as many rows as it shows, with a thousand open tasks
 * or a hundred thousand (docs/performance.md, workload c). The engine creates its own tables, so the
 * index is added once it has: Flyway may run before the engine's tables exist on an empty database.
 */
@Component
public class InboxIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "PF_IDX_TASK_INBOX_ORDER";

    private final DataSource dataSource;

    public InboxIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new JdbcTemplate(dataSource).execute("create index if not exists " + NAME + " on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_)");
    }
}
