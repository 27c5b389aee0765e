-- The team's group calendar in Microsoft 365: one event per meeting, made on behalf of a manager
-- through Microsoft Graph. `revision` is the meeting revision the event shows; a meeting whose
-- revision has moved on since is out of step until a manager brings the calendar up to date.
create table meeting_calendar_event (
  tenant_id    text        not null,
  meeting_id   uuid        not null references meeting (id),
  group_id     text        not null,
  event_id     text        not null,
  join_url     text,
  revision     integer     not null,
  -- A hash of what was sent (subject, time, place, body): a new revision that changes none of it needs no call.
  fingerprint  text        not null,
  status       text        not null check (status in ('active', 'cancelled')),
  synced_by    text        not null,
  synced_at    timestamptz not null,
  primary key (tenant_id, meeting_id)
);
