-- Mail of notifications (issue 19, items 2 and 3). Each notification row carries its own mail state,
-- so a sender on any node claims a row with one conditional update (PENDING -> SENDING) and each mail
-- is sent once however many nodes run the sender. A failed send goes back to PENDING with its attempt
-- count, the time of its next try (exponential back-off) and the last error (the error's kind, never
-- an address or a child's detail); after the last attempt it is GAVE_UP and listed for administrators.
-- States: PENDING, SENDING, SENT, GAVE_UP, NO_ADDRESS (the person has no mail address), NOT_MAILED
-- (told before mail existed). Portable SQL (PostgreSQL and H2).

alter table notification add column mail_state varchar(12) default 'PENDING' not null;
alter table notification add column mail_attempts integer default 0 not null;
alter table notification add column mail_next_at timestamp with time zone;
alter table notification add column mail_claimed_by varchar(64);
alter table notification add column mail_claimed_at timestamp with time zone;
alter table notification add column mail_error varchar(255);

-- What was told before there was a sender is not mailed now, days late.
update notification set mail_state = 'NOT_MAILED';

-- The sender's look-up: rows waiting to be sent and due.
create index notification_mail_ix on notification (mail_state, mail_next_at);

-- Each person's choice per kind, IMMEDIATE or DAILY_DIGEST, a row only where it differs from the
-- kind's default (immediate; a daily digest for managers' overdue work in their council).
-- Child-protection escalations are always immediate: the service refuses a row for them, and the
-- sender ignores one.
create table notification_setting (
    person_id   varchar(64) not null,
    kind        varchar(40) not null,
    delivery    varchar(12) not null,
    primary key (person_id, kind)
);
