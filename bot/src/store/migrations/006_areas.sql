-- Områdeschefer (area heads) follow every unit's council of their verksamhetsområde; the tenant's app
-- admins name them. At year end they pick completed works as good examples for the quality report
-- (docs/domain.md#year-end-and-good-examples).

create table area_head (
  tenant_id      text        not null,
  area           text        not null,
  aad_object_id  text        not null,
  name           text        not null,
  assigned_by    text        not null,
  assigned_at    timestamptz not null,
  primary key (tenant_id, area, aad_object_id)
);
create index area_head_person on area_head (tenant_id, aad_object_id);

create table good_example (
  tenant_id          text        not null,
  sub_assignment_id  uuid        not null references sub_assignment (id),
  year               integer     not null,
  chosen_by_name     text        not null,
  chosen_at          timestamptz not null,
  primary key (tenant_id, sub_assignment_id)
);
create index good_example_year on good_example (tenant_id, year);

create index council_tenant_area on council (tenant_id, area) where status = 'active';
