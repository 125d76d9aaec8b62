-- Plan actions falling due (issue 19, item 1): each open action of a case's live Child's Plan is told
-- to its owner once for each due date it has. The row is written in the same transaction as the
-- notification; its key makes a second node's (or a second pass's) attempt fail, so no one is told
-- twice. A moved due date is a new row: the owner is told of the new date. Portable SQL (PostgreSQL and H2).
create table plan_action_notice (
    concern_id  bigint       not null,
    action_ref  varchar(40)  not null,
    due_date    date         not null,
    told_at     timestamp with time zone not null,
    primary key (concern_id, action_ref, due_date)
);
