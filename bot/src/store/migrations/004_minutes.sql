-- Mötesanteckningar: one row per meeting's minutes (the current state), and every saved version of
-- them. Approved minutes are a record: their versions can be added to (a correction says who and why)
-- but never changed or removed.

create table minutes (
  id                uuid        primary key,
  tenant_id         text        not null,
  council_id        uuid        not null references council (id),
  meeting_id        uuid        references meeting (id),
  held_at           timestamptz not null,
  status            text        not null check (status in ('draft', 'approved')),
  version           integer     not null,
  content           jsonb       not null,
  card_activity_id  text,
  approved_by_name  text,
  approved_at       timestamptz,
  created_at        timestamptz not null,
  updated_at        timestamptz not null
);
create unique index minutes_meeting on minutes (tenant_id, meeting_id) where meeting_id is not null;
create index minutes_council_held on minutes (tenant_id, council_id, held_at);

create table minutes_version (
  tenant_id    text        not null,
  minutes_id   uuid        not null references minutes (id),
  version      integer     not null,
  kind         text        not null check (kind in ('opened', 'saved', 'approved', 'corrected')),
  content      jsonb       not null,
  by_name      text        not null,
  reason       text,
  saved_at     timestamptz not null,
  primary key (tenant_id, minutes_id, version)
);

create function minutes_version_is_a_record() returns trigger language plpgsql as $$
begin
  raise exception 'minutes versions are never changed or removed';
end;
$$;
create trigger minutes_version_immutable before update or delete on minutes_version
  for each row execute function minutes_version_is_a_record();

-- The minutes of approved meetings change only by a correction (a new version).
create function minutes_approved_is_a_record() returns trigger language plpgsql as $$
begin
  if old.status = 'approved' and (new.content is distinct from old.content and new.version = old.version
                                  or new.status <> 'approved') then
    raise exception 'approved minutes change only by a correction';
  end if;
  return new;
end;
$$;
create trigger minutes_approved_immutable before update on minutes
  for each row execute function minutes_approved_is_a_record();

