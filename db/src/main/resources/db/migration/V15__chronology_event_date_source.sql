-- The chronology as practice expects it (Care Inspectorate guidance: accurate, significant events,
-- facts, reviewed). Portable SQL (PostgreSQL and H2).
-- 1. Each entry says when the event happened (it may be recorded later) and whom the information came
--    from; entries the process writes itself have no source.
-- 2. A correction says why, and an entry is corrected at most once: the unique index makes the second
--    of two simultaneous corrections fail rather than leave two versions of the truth.
-- 3. The case keeps the date its chronology is next due to be reviewed.

alter table chronology_entry add column event_date date;
alter table chronology_entry add column source varchar(20);
alter table chronology_entry add column correction_reason varchar(1000);

-- Existing entries: nothing said otherwise, so the event happened when it was recorded.
update chronology_entry set event_date = cast(occurred_at as date);
alter table chronology_entry alter column event_date set not null;

alter table chronology_entry add constraint chronology_entry_source_check check (source is null or source in
    ('SCHOOL', 'HEALTH', 'POLICE', 'SOCIAL_WORK', 'PARENT_CARER', 'CHILD', 'OTHER'));
create unique index chronology_entry_corrects_ux on chronology_entry (corrects_entry_id);

alter table wellbeing_concern add column next_chronology_review_on date;
