-- A new concern about a child with an open case joins that case (issue 17): the concern keeps its own
-- screening and assessment, then its stage becomes JOINED and it points at the case it joined, whose
-- page lists it. Portable SQL (PostgreSQL and H2).

alter table wellbeing_concern drop constraint wellbeing_concern_stage_check;
alter table wellbeing_concern add constraint wellbeing_concern_stage_check check (stage in
    ('CHILD_PROTECTION', 'ASSESSMENT', 'SINGLE_AGENCY', 'MULTI_AGENCY', 'REVIEW', 'CLOSED', 'CHILD_PROTECTION_PROCEDURES', 'JOINED'));

alter table wellbeing_concern add column joined_case_id bigint;
alter table wellbeing_concern add constraint wellbeing_concern_joined_case_fk
    foreign key (joined_case_id) references wellbeing_concern (id);
create index wellbeing_concern_joined_case_ix on wellbeing_concern (joined_case_id);
