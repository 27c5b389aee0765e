-- Reaching the people: answers to invitations, the personal day-before reminder and who could not be
-- reached personally (docs/domain.md#invitations-agendas-and-reminders).

-- Svar på kallelsen: one answer per person and meeting, kept when the meeting moves; it counts again
-- once the person confirms it for the new time (given_for_starts_at).
create table meeting_answer (
  tenant_id           text        not null,
  meeting_id          uuid        not null references meeting (id),
  aad_object_id       text        not null,
  teams_user_id       text        not null,
  name                text        not null,
  answer              text        not null check (answer in ('coming', 'digital', 'declined')),
  given_for_starts_at timestamptz not null,
  answered_at         timestamptz not null,
  primary key (tenant_id, meeting_id, aad_object_id)
);

-- People who turned the personal day-before reminder off (on unless a row says otherwise).
create table reminder_preference (
  tenant_id     text        not null,
  aad_object_id text        not null,
  personal_off  boolean     not null,
  changed_at    timestamptz not null,
  primary key (tenant_id, aad_object_id)
);

-- The person a personal post goes to (in their chat with the bot).
alter table outbox add column recipient_aad_object_id text;

-- Someone the bot could not reach in personal chat (the app is not installed for them: Teams answers
-- 403); the channel mention still reaches them, and the manager sees who it is. Cleared on success.
create table personal_reach_failure (
  tenant_id     text        not null,
  council_id    uuid        not null references council (id),
  aad_object_id text        not null,
  name          text        not null,
  reason        text        not null,
  failed_at     timestamptz not null,
  primary key (tenant_id, council_id, aad_object_id)
);
