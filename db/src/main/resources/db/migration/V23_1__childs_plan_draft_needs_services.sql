-- The plan editor changes the plan's needs and what will help (services) too, not only its outcomes and
-- actions: the draft carries both, the review agrees them into the next version. Existing drafts start
-- from the version they were copied from. Portable SQL (PostgreSQL and H2).


alter table childs_plan_draft add column needs_summary varchar(4000);
alter table childs_plan_draft add column services varchar(4000);

update childs_plan_draft set
    needs_summary = (select v.needs_summary from childs_plan_version v
                     where v.concern_id = childs_plan_draft.concern_id and v.version_number = childs_plan_draft.based_on_version),
    services = (select v.services from childs_plan_version v
                where v.concern_id = childs_plan_draft.concern_id and v.version_number = childs_plan_draft.based_on_version);
alter table childs_plan_draft alter column needs_summary set not null;
