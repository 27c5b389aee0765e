-- Uppföljning as in Stratsys (docs/domain.md#the-stratsys-workflow): each sub-assignment
-- is made concrete in activities, the assignment, its sub-assignments and their activities get a
-- monthly status assessment, and a finished work gets a final report and is "klarmarkerad".

alter table sub_assignment
  add column goal         text        not null default '',
  add column measure      text        not null default '',
  add column final_report text,
  add column completed_at timestamptz,
  add constraint sub_assignment_completed check ((status = 'completed') = (completed_at is not null));

-- One "Planering och protokoll kvalitetsråd" per council and year: the schedule and the minutes hang on it.
create unique index sub_assignment_planning on sub_assignment (tenant_id, council_id, year) where kind = 'planning';

insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, status, version, created_at, updated_at)
select gen_random_uuid(), s.tenant_id, s.council_id, s.year, 'planning', 'Planering och protokoll kvalitetsråd', '', 'ongoing', 1, s.saved_at, s.saved_at
  from schedule s
on conflict do nothing;

create table activity (
  id                        uuid        primary key,
  tenant_id                 text        not null,
  council_id                uuid        not null references council (id),
  sub_assignment_id         uuid        not null references sub_assignment (id),
  name                      text        not null,
  responsible_aad_object_id text,
  responsible_name          text,
  due_on                    date,
  done_at                   timestamptz,
  version                   integer     not null,
  created_at                timestamptz not null,
  updated_at                timestamptz not null,
  check ((responsible_aad_object_id is null) = (responsible_name is null))
);
create index activity_sub_assignment on activity (tenant_id, sub_assignment_id, created_at);

-- Lägesbedömning: one per target and month; a second one for the same month replaces the first.
-- The assignment "Kvalitetsråd" of a year is the council itself (target_id = council_id); ids are
-- random uuids, so a target id names one target of one kind.
create table status_assessment (
  tenant_id                  text        not null,
  council_id                 uuid        not null references council (id),
  year                       integer     not null,
  target_kind                text        not null check (target_kind in ('assignment', 'subAssignment', 'activity')),
  target_id                  uuid        not null,
  month                      text        not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status                     text        not null check (status in ('not_started', 'on_track', 'partly', 'off_track', 'done')),
  comment                    text        not null,
  assessed_by_aad_object_id  text        not null,
  assessed_by_name           text        not null,
  assessed_at                timestamptz not null,
  primary key (tenant_id, target_id, month),
  check (substr(month, 1, 4)::integer = year)
);
create index status_assessment_council_year on status_assessment (tenant_id, council_id, year, target_kind);

-- Documents and links of a sub-assignment beyond the ones the app knows (schedule, minutes).
create table sub_assignment_link (
  id                uuid        primary key,
  tenant_id         text        not null,
  sub_assignment_id uuid        not null references sub_assignment (id),
  title             text        not null,
  url               text        not null,
  created_at        timestamptz not null
);
create index sub_assignment_link_sub on sub_assignment_link (tenant_id, sub_assignment_id);
