-- Foundation: installations, conversation references, councils and their people, processed activities.
-- Every table holding tenant data carries tenant_id, and every key starts with it.

create table team_installation (
  tenant_id      text        not null,
  team_id        text        not null,
  name           text,
  aad_group_id   text,
  installed      boolean     not null default true,
  installed_at   timestamptz not null,
  uninstalled_at timestamptz,
  primary key (tenant_id, team_id)
);

-- What the bot needs to post later without being asked (proactive messages).
create table conversation_reference (
  tenant_id       text        not null,
  conversation_id text        not null,
  kind            text        not null check (kind in ('channel', 'personal', 'groupChat')),
  team_id         text,
  name            text,
  reference       jsonb       not null,
  updated_at      timestamptz not null,
  primary key (tenant_id, conversation_id)
);
create index conversation_reference_team on conversation_reference (tenant_id, team_id);

create table council (
  id               uuid        primary key,
  tenant_id        text        not null,
  team_id          text        not null,
  channel_id       text        not null,
  unit_name        text        not null,
  area             text        not null,
  time_zone        text        not null,
  status           text        not null check (status in ('active', 'inactive')),
  version          integer     not null,
  card_activity_id text,
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  unique (tenant_id, channel_id)
);
create index council_team on council (tenant_id, team_id);

create table council_person (
  tenant_id      text    not null,
  council_id     uuid    not null references council (id),
  aad_object_id  text    not null,
  teams_user_id  text    not null,
  name           text    not null,
  role           text    not null check (role in ('manager', 'member')),
  position       integer not null,
  primary key (tenant_id, council_id, aad_object_id)
);

-- Activities already handled, with the answer given: a repeated delivery gets the same answer again.
create table processed_activity (
  tenant_id    text        not null,
  activity_id  text        not null,
  response     jsonb,
  processed_at timestamptz not null,
  primary key (tenant_id, activity_id)
);
