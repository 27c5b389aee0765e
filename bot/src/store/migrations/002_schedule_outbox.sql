-- The council's year: schedules, meetings, agenda items, and the outbox every scheduled post goes through.

-- Tidsplan: one per council and year; also remembers the council's usual slot and invitation lead.
create table schedule (
  tenant_id            text        not null,
  council_id           uuid        not null references council (id),
  year                 integer     not null,
  weekday              smallint    not null check (weekday between 1 and 7),
  slot_start           text        not null,
  slot_end             text        not null,
  invitation_lead_days integer     not null,
  teams_link           text,
  version              integer     not null,
  saved_by             text        not null,
  saved_at             timestamptz not null,
  primary key (tenant_id, council_id, year)
);

-- Träff: instants in UTC; the council's time zone gives the local time.
create table meeting (
  id                     uuid        primary key,
  tenant_id              text        not null,
  council_id             uuid        not null references council (id),
  year                   integer     not null,
  starts_at              timestamptz not null,
  ends_at                timestamptz not null,
  place                  text        not null default '',
  online                 boolean     not null,
  status                 text        not null check (status in ('scheduled', 'cancelled')),
  revision               integer     not null,
  invitation_activity_id text,
  created_at             timestamptz not null,
  updated_at             timestamptz not null
);
create index meeting_council_year on meeting (tenant_id, council_id, year, starts_at);

create table agenda_item (
  id         uuid        primary key,
  tenant_id  text        not null,
  meeting_id uuid        not null references meeting (id),
  text       text        not null,
  added_at   timestamptz not null
);
create index agenda_item_meeting on agenda_item (tenant_id, meeting_id, added_at);

-- Every post the bot makes on its own: due instant, idempotency key, attempts, status.
-- Workers claim due rows with FOR UPDATE SKIP LOCKED; a claim is a lease that runs out.
create table outbox (
  id              bigint      generated always as identity primary key,
  tenant_id       text        not null,
  idempotency_key text        not null,
  kind            text        not null,
  council_id      uuid        not null references council (id),
  meeting_id      uuid        references meeting (id),
  revision        integer,
  due_at          timestamptz not null,
  status          text        not null check (status in ('pending', 'sending', 'sent', 'failed', 'dropped', 'skipped')),
  attempts        integer     not null default 0,
  locked_until    timestamptz,
  last_error      text,
  activity_id     text,
  created_at      timestamptz not null,
  finished_at     timestamptz,
  unique (tenant_id, idempotency_key)
);
create index outbox_pending_due on outbox (due_at) where status = 'pending';
create index outbox_sending_lease on outbox (locked_until) where status = 'sending';
create index outbox_meeting on outbox (tenant_id, meeting_id, status) where meeting_id is not null;
create index outbox_council on outbox (tenant_id, council_id, status);

-- Secrets the app makes for itself and every instance shares (the key that signs calendar links).
create table app_secret (
  name       text        primary key,
  value      text        not null,
  created_at timestamptz not null
);
