-- Förbättringsförslag from staff, the support they gather, and the improvement works (deluppdrag)
-- accepted ones become.

create table proposal (
  id                   uuid        primary key,
  tenant_id            text        not null,
  council_id           uuid        not null references council (id),
  number               integer     not null,
  title                text        not null,
  problem              text        not null,
  improvement          text        not null,
  source               text        not null,
  anonymous            boolean     not null,
  -- The author only when the proposal is not anonymous: an anonymous row holds nothing that leads back.
  author_aad_object_id text,
  author_teams_user_id text,
  author_name          text,
  status               text        not null check (status in ('open', 'accepted', 'parked', 'declined')),
  reason               text,
  decided_by_name      text,
  decided_at           timestamptz,
  sub_assignment_id    uuid,
  card_activity_id     text,
  thread_root_id       text,
  -- A digest of the council, the content and (named proposals only) the author: the same submission
  -- delivered again is found by it, so no activity id of an anonymous author need be kept.
  submission_key       text        not null,
  version              integer     not null,
  created_at           timestamptz not null,
  updated_at           timestamptz not null,
  unique (tenant_id, council_id, number),
  check (anonymous = (author_aad_object_id is null)),
  check ((author_aad_object_id is null) = (author_teams_user_id is null) and (author_aad_object_id is null) = (author_name is null))
);
create index proposal_council_status on proposal (tenant_id, council_id, status, created_at);
create index proposal_tenant_created on proposal (tenant_id, created_at);
create index proposal_submission on proposal (tenant_id, council_id, submission_key, created_at);

-- "Jag stöder förslaget": one row per person and proposal; the card shows the count, not who.
create table proposal_support (
  tenant_id     text        not null,
  proposal_id   uuid        not null references proposal (id),
  aad_object_id text        not null,
  supported_at  timestamptz not null,
  primary key (tenant_id, proposal_id, aad_object_id)
);

-- Deluppdrag under the assignment "Kvalitetsråd" of a unit and year: one per improvement work, plus
-- "Planering och protokoll kvalitetsråd". The tab builds activities and assessments on this.
create table sub_assignment (
  id                        uuid        primary key,
  tenant_id                 text        not null,
  council_id                uuid        not null references council (id),
  year                      integer     not null,
  kind                      text        not null check (kind in ('planning', 'improvement')),
  name                      text        not null,
  purpose                   text        not null default '',
  responsible_aad_object_id text,
  responsible_name          text,
  starts_on                 date,
  ends_on                   date,
  origin                    text        check (origin in ('proposal', 'minutes')),
  origin_id                 uuid,
  -- Which of the origin's works this is (minutes may decide several; a proposal makes one, line 0).
  origin_line               integer     not null default 0,
  status                    text        not null check (status in ('ongoing', 'completed')),
  version                   integer     not null,
  created_at                timestamptz not null,
  updated_at                timestamptz not null
);
create index sub_assignment_council_year on sub_assignment (tenant_id, council_id, year);
create unique index sub_assignment_origin on sub_assignment (tenant_id, origin, origin_id, origin_line) where origin_id is not null;

-- Posts about a proposal (its card, the receipt and outcome to a named proposer) go through the outbox too.
alter table outbox add column proposal_id uuid references proposal (id);
create index outbox_proposal on outbox (tenant_id, proposal_id) where proposal_id is not null;
