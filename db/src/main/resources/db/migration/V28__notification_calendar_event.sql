-- Calendar invitations in mail (issue 19, item 4). A notification that an occasion was set, moved or
-- cancelled names its calendar event's UID; the sender attaches the event as it then stands
-- (text/calendar, RFC 6047), so a mail sent after a second move carries the newest sequence.
-- The UID is random and tells nothing about the record. Portable SQL (PostgreSQL and H2).
alter table notification add column calendar_uid varchar(120);
