-- Uncloud schema, version 1: every table of DESIGN.md with the database guarding its rules.
-- Guards raise SQLSTATE class 'UC' (UC001 …) with a message written for staff; the client library
-- passes those messages on unchanged. Constraint names are stable: the library maps them to messages.

create extension if not exists pg_trgm;

-- ---------------------------------------------------------------------------------------------
-- Shared trigger functions
-- ---------------------------------------------------------------------------------------------

-- Optimistic locking: every update bumps version and updated_at; created_at never changes.
create function uncloud_touch() returns trigger language plpgsql as $$
begin
    new.created_at := old.created_at;
    new.updated_at := now();
    new.version := old.version + 1;
    return new;
end
$$;

-- NOTIFY uncloud_changes with {"table": …, "id": …, "op": "insert"|"update"|"delete"}.
-- TG_ARGV[0] names the id column (default "id").
create function uncloud_notify_change() returns trigger language plpgsql as $$
declare
    id_column text := coalesce(tg_argv[0], 'id');
    row_id bigint := (coalesce(to_jsonb(new), to_jsonb(old)) ->> id_column)::bigint;
begin
    perform pg_notify('uncloud_changes',
        json_build_object('table', tg_table_name, 'id', row_id, 'op', lower(tg_op))::text);
    return null;
end
$$;

-- One audit_event per changed row, in the changing transaction. The actor is the LDAP uid the
-- library sets with set_config('uncloud.actor', uid, true); changes made outside the library
-- (psql) are attributed to the database role. TG_ARGV[0] names the id column, further arguments
-- name secret columns left out of the before/after copies.
create function uncloud_audit() returns trigger language plpgsql as $$
declare
    id_column text := coalesce(tg_argv[0], 'id');
    before_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    after_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    actor text := coalesce(nullif(current_setting('uncloud.actor', true), ''), 'db:' || session_user);
begin
    for i in 1 .. tg_nargs - 1 loop
        before_row := before_row - tg_argv[i];
        after_row := after_row - tg_argv[i];
    end loop;
    insert into audit_event (actor_uid, table_name, row_id, action, before, after)
    values (actor, tg_table_name, (coalesce(after_row, before_row) ->> id_column)::bigint, lower(tg_op),
            before_row, after_row);
    return null;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Audit trail (immutable)
-- ---------------------------------------------------------------------------------------------
create table audit_event (
    id bigint generated always as identity primary key,
    actor_uid text not null,
    at timestamptz not null default now(),
    table_name text not null,
    row_id bigint,
    action text not null constraint audit_event_action_lowercase check (action ~ '^[a-z][a-z_]*$'),
    before jsonb,
    after jsonb
);
create index audit_event_row on audit_event (table_name, row_id, id);
create index audit_event_at on audit_event (at, id);
create index audit_event_actor on audit_event (actor_uid, id);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception using errcode = 'UC090', table = 'audit_event',
        message = 'audit events are a permanent record and cannot be changed or deleted';
end
$$;
create trigger audit_event_immutable before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Customers
-- ---------------------------------------------------------------------------------------------
create table customer (
    id bigint generated always as identity primary key,
    ldap_uid text not null constraint customer_ldap_uid_unique unique
        constraint customer_ldap_uid_not_blank check (btrim(ldap_uid) <> ''),
    name text not null,
    email text constraint customer_email_shape check (email ~ '^[^@\s]+@[^@\s]+$'),
    is_staff boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);
create index customer_name_trgm on customer using gin (name gin_trgm_ops);
create index customer_name_sort on customer (name, id);
create index customer_email_trgm on customer using gin (email gin_trgm_ops);

create table billing_address (
    id bigint generated always as identity primary key,
    customer_id bigint not null references customer on delete cascade,
    full_name text not null,
    organization text,
    street text not null,
    postal_code text not null,
    city text not null,
    country char(2) not null constraint billing_address_country_iso check (country in (
        'AD','AE','AF','AG','AI','AL','AM','AO','AQ','AR','AS','AT','AU','AW','AX','AZ','BA','BB','BD','BE',
        'BF','BG','BH','BI','BJ','BL','BM','BN','BO','BQ','BR','BS','BT','BV','BW','BY','BZ','CA','CC','CD',
        'CF','CG','CH','CI','CK','CL','CM','CN','CO','CR','CU','CV','CW','CX','CY','CZ','DE','DJ','DK','DM',
        'DO','DZ','EC','EE','EG','EH','ER','ES','ET','FI','FJ','FK','FM','FO','FR','GA','GB','GD','GE','GF',
        'GG','GH','GI','GL','GM','GN','GP','GQ','GR','GS','GT','GU','GW','GY','HK','HM','HN','HR','HT','HU',
        'ID','IE','IL','IM','IN','IO','IQ','IR','IS','IT','JE','JM','JO','JP','KE','KG','KH','KI','KM','KN',
        'KP','KR','KW','KY','KZ','LA','LB','LC','LI','LK','LR','LS','LT','LU','LV','LY','MA','MC','MD','ME',
        'MF','MG','MH','MK','ML','MM','MN','MO','MP','MQ','MR','MS','MT','MU','MV','MW','MX','MY','MZ','NA',
        'NC','NE','NF','NG','NI','NL','NO','NP','NR','NU','NZ','OM','PA','PE','PF','PG','PH','PK','PL','PM',
        'PN','PR','PS','PT','PW','PY','QA','RE','RO','RS','RU','RW','SA','SB','SC','SD','SE','SG','SH','SI',
        'SJ','SK','SL','SM','SN','SO','SR','SS','ST','SV','SX','SY','SZ','TC','TD','TF','TG','TH','TJ','TK',
        'TL','TM','TN','TO','TR','TT','TV','TW','TZ','UA','UG','UM','US','UY','UZ','VA','VC','VE','VG','VI',
        'VN','VU','WF','WS','YE','YT','ZA','ZM','ZW'
    )),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);
create unique index billing_address_one_active on billing_address (customer_id) where active;
create index billing_address_customer on billing_address (customer_id, id);

-- ---------------------------------------------------------------------------------------------
-- Products and their kind-specific children
-- ---------------------------------------------------------------------------------------------
create table product (
    id bigint generated always as identity primary key,
    name text not null constraint product_name_unique unique
        constraint product_name_not_blank check (btrim(name) <> ''),
    description text not null default '',
    kind text not null constraint product_kind_known check (kind in ('vm', 'vpn', 'disk', 'generic')),
    one_time_price numeric(12, 2) not null default 0
        constraint product_one_time_price_not_negative check (one_time_price >= 0),
    recurring_price numeric(12, 2) not null default 0
        constraint product_recurring_price_not_negative check (recurring_price >= 0),
    recurring_period text not null default 'PER_MONTH' constraint product_recurring_period_known check (
        recurring_period in ('ONE_TIME', 'PER_SECOND', 'PER_MINUTE', 'PER_HOUR', 'PER_DAY', 'PER_WEEK',
                             'PER_30_DAYS', 'PER_365_DAYS', 'PER_MONTH', 'PER_YEAR')),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint product_one_time_has_no_recurring_price check (recurring_period <> 'ONE_TIME' or recurring_price = 0),
    -- lets each child table insist on its kind through a composite foreign key
    constraint product_id_kind_unique unique (id, kind)
);

create table vm_product (
    product_id bigint primary key,
    kind text not null default 'vm' constraint vm_product_kind check (kind = 'vm'),
    cores integer not null constraint vm_product_cores_positive check (cores > 0),
    ram_mib integer not null constraint vm_product_ram_positive check (ram_mib > 0),
    disk_gib integer not null constraint vm_product_disk_positive check (disk_gib > 0),
    constraint vm_product_is_a_vm_product foreign key (product_id, kind) references product (id, kind)
        on delete cascade on update cascade
);

create table vpn_product (
    product_id bigint primary key,
    kind text not null default 'vpn' constraint vpn_product_kind check (kind = 'vpn'),
    subnetwork_size smallint not null
        constraint vpn_product_subnetwork_size_range check (subnetwork_size between 1 and 128),
    constraint vpn_product_is_a_vpn_product foreign key (product_id, kind) references product (id, kind)
        on delete cascade on update cascade
);

create table disk_product (
    product_id bigint primary key,
    kind text not null default 'disk' constraint disk_product_kind check (kind = 'disk'),
    size_gib integer not null constraint disk_product_size_positive check (size_gib > 0),
    constraint disk_product_is_a_disk_product foreign key (product_id, kind) references product (id, kind)
        on delete cascade on update cascade
);

-- ---------------------------------------------------------------------------------------------
-- Orders: prices never change in place
-- ---------------------------------------------------------------------------------------------
create table orders (
    id bigint generated always as identity primary key,
    customer_id bigint not null references customer,
    product_id bigint references product,
    description text not null,
    one_time_price numeric(12, 2) not null
        constraint orders_one_time_price_not_negative check (one_time_price >= 0),
    recurring_price numeric(12, 2) not null
        constraint orders_recurring_price_not_negative check (recurring_price >= 0),
    recurring_period text not null constraint orders_recurring_period_known check (
        recurring_period in ('ONE_TIME', 'PER_SECOND', 'PER_MINUTE', 'PER_HOUR', 'PER_DAY', 'PER_WEEK',
                             'PER_30_DAYS', 'PER_365_DAYS', 'PER_MONTH', 'PER_YEAR')),
    starts_at timestamptz not null,
    ends_at timestamptz,
    replaces_id bigint constraint orders_replaces_id_unique unique references orders,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint orders_ends_after_start check (ends_at is null or ends_at >= starts_at),
    constraint orders_one_time_has_no_recurring_price check (recurring_period <> 'ONE_TIME' or recurring_price = 0),
    constraint orders_not_replacing_itself check (replaces_id <> id)
);
create index orders_customer on orders (customer_id, starts_at, id);
create index orders_product on orders (product_id);
create index orders_starts_at on orders (starts_at, id);

create function orders_refuse_column_change(column_name text) returns void language plpgsql as $$
begin
    raise exception using errcode = 'UC001', table = 'orders', column = column_name,
        message = format('orders are immutable: create a replacing order instead (%s cannot change)', column_name);
end
$$;

create function orders_guard_update() returns trigger language plpgsql as $$
begin
    if new.customer_id is distinct from old.customer_id then perform orders_refuse_column_change('customer_id'); end if;
    if new.product_id is distinct from old.product_id then perform orders_refuse_column_change('product_id'); end if;
    if new.one_time_price is distinct from old.one_time_price then perform orders_refuse_column_change('one_time_price'); end if;
    if new.recurring_price is distinct from old.recurring_price then perform orders_refuse_column_change('recurring_price'); end if;
    if new.recurring_period is distinct from old.recurring_period then perform orders_refuse_column_change('recurring_period'); end if;
    if new.starts_at is distinct from old.starts_at then perform orders_refuse_column_change('starts_at'); end if;
    if new.replaces_id is distinct from old.replaces_id then perform orders_refuse_column_change('replaces_id'); end if;
    if old.ends_at is not null and new.ends_at is distinct from old.ends_at then
        raise exception using errcode = 'UC002', table = 'orders', column = 'ends_at',
            message = format('order %s already ends at %s: ends_at can be set only once', old.id, old.ends_at);
    end if;
    return new;
end
$$;
create trigger orders_immutable before update on orders
    for each row execute function orders_guard_update();

-- Checked at commit, so the old order may be ended before or after its replacement is inserted.
create function orders_check_replacement() returns trigger language plpgsql as $$
declare
    replaced orders;
begin
    select * into replaced from orders where id = new.replaces_id;
    if replaced.customer_id <> new.customer_id then
        raise exception using errcode = 'UC003', table = 'orders', column = 'replaces_id',
            message = format('order %s belongs to another customer than the order %s it replaces', new.id, replaced.id);
    end if;
    if replaced.ends_at is distinct from new.starts_at - interval '1 second' then
        raise exception using errcode = 'UC004', table = 'orders', column = 'ends_at',
            message = format('order %s must end at %s, one second before its replacement %s starts',
                             replaced.id, new.starts_at - interval '1 second', new.id);
    end if;
    return null;
end
$$;
create constraint trigger orders_replacement_consistent after insert on orders
    deferrable initially deferred
    for each row when (new.replaces_id is not null) execute function orders_check_replacement();

-- ---------------------------------------------------------------------------------------------
-- Bills: a final bill and its records never change (corrections are credit notes)
-- ---------------------------------------------------------------------------------------------
create table bill (
    id bigint generated always as identity primary key,
    customer_id bigint not null references customer,
    period_starts_at timestamptz not null,
    period_ends_at timestamptz not null,
    status text not null default 'draft' constraint bill_status_known check (status in ('draft', 'final')),
    number bigint constraint bill_number_unique unique,
    subtotal numeric(12, 2) not null default 0,
    vat_rate numeric(6, 5) not null default 0 constraint bill_vat_rate_range check (vat_rate >= 0 and vat_rate < 1),
    vat numeric(12, 2) not null default 0,
    total numeric(12, 2) not null default 0,
    billing_address jsonb,
    credit_note_of bigint references bill,
    finalized_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint bill_period_order check (period_ends_at >= period_starts_at),
    constraint bill_total_is_subtotal_plus_vat check (total = subtotal + vat),
    constraint bill_final_has_number check (status = 'draft' or number is not null),
    constraint bill_final_has_billing_address check (status = 'draft' or billing_address is not null),
    constraint bill_not_credit_note_of_itself check (credit_note_of <> id)
);
create index bill_customer_period on bill (customer_id, period_starts_at, id);
create index bill_period on bill (period_starts_at, id);
create index bill_credit_note_of on bill (credit_note_of) where credit_note_of is not null;

create function bill_guard() returns trigger language plpgsql as $$
declare
    corrected bill;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'final' then
        raise exception using errcode = 'UC010', table = 'bill',
            message = format('bill %s is final and cannot be changed: issue a credit note instead',
                             coalesce(old.number::text, old.id::text));
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.credit_note_of is not null then
        select * into corrected from bill where id = new.credit_note_of;
        if corrected.status is distinct from 'final' then
            raise exception using errcode = 'UC011', table = 'bill', column = 'credit_note_of',
                message = format('a credit note corrects a final bill, and bill %s is not final', new.credit_note_of);
        end if;
        if corrected.customer_id <> new.customer_id then
            raise exception using errcode = 'UC012', table = 'bill', column = 'credit_note_of',
                message = format('a credit note must be for the customer of bill %s', new.credit_note_of);
        end if;
    end if;
    return coalesce(new, old);
end
$$;
create trigger bill_guard before insert or update or delete on bill
    for each row execute function bill_guard();

create table bill_record (
    id bigint generated always as identity primary key,
    bill_id bigint not null references bill on delete cascade,
    order_id bigint not null references orders,
    period_starts_at timestamptz not null,
    period_ends_at timestamptz not null,
    one_time_amount numeric(12, 2) not null default 0,
    recurring_amount numeric(12, 2) not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint bill_record_one_per_order unique (bill_id, order_id),
    constraint bill_record_period_order check (period_ends_at >= period_starts_at)
);
create index bill_record_order on bill_record (order_id);

-- Locks the bill row (FOR SHARE) so a concurrent finalisation waits for record changes to commit.
create function bill_record_guard() returns trigger language plpgsql as $$
declare
    bill_status text;
    target_bill bigint;
begin
    foreach target_bill in array array[case when tg_op <> 'INSERT' then old.bill_id end,
                                       case when tg_op <> 'DELETE' then new.bill_id end] loop
        if target_bill is not null then
            select status into bill_status from bill where id = target_bill for share;
            if bill_status = 'final' then
                raise exception using errcode = 'UC013', table = 'bill_record',
                    message = format('bill %s is final: its records cannot be changed', target_bill);
            end if;
        end if;
    end loop;
    return coalesce(new, old);
end
$$;
create trigger bill_record_guard before insert or update or delete on bill_record
    for each row execute function bill_record_guard();

-- ---------------------------------------------------------------------------------------------
-- Hosts
-- ---------------------------------------------------------------------------------------------
create table host (
    id bigint generated always as identity primary key,
    fqdn text not null constraint host_fqdn_unique unique
        constraint host_fqdn_shape check (fqdn ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$'),
    kind text not null constraint host_kind_known check (kind in ('hypervisor', 'vpn')),
    ssh_host_key text constraint host_ssh_host_key_shape check (ssh_host_key ~ '^(ssh|ecdsa|sk)-[a-z0-9@.-]+ [A-Za-z0-9+/]+=*$'),
    agent_url text constraint host_agent_url_https check (agent_url ~ '^https://'),
    agent_cert_sha256 text constraint host_agent_cert_sha256_hex check (agent_cert_sha256 ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);

-- ---------------------------------------------------------------------------------------------
-- VPN pools and networks: nothing overlaps, every network lies in its pool
-- ---------------------------------------------------------------------------------------------
create table vpn_pool (
    id bigint generated always as identity primary key,
    network cidr not null,
    subnetwork_size smallint not null,
    host_id bigint references host,
    listen_port integer not null constraint vpn_pool_listen_port_range check (listen_port between 1 and 65535),
    wireguard_public_key text
        constraint vpn_pool_wireguard_key_shape check (wireguard_public_key ~ '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint vpn_pool_no_overlap exclude using gist (network inet_ops with &&),
    constraint vpn_pool_subnetwork_fits check (
        subnetwork_size > masklen(network) and subnetwork_size <= case family(network) when 4 then 32 else 128 end),
    constraint vpn_pool_port_unique_per_host unique (host_id, listen_port)
);

create table vpn_network (
    id bigint generated always as identity primary key,
    pool_id bigint not null references vpn_pool,
    network cidr not null,
    customer_id bigint not null references customer,
    order_id bigint references orders,
    wireguard_public_key text
        constraint vpn_network_wireguard_key_shape check (wireguard_public_key ~ '^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$'),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint vpn_network_no_overlap exclude using gist (network inet_ops with &&)
);
create index vpn_network_pool on vpn_network (pool_id, network);
create index vpn_network_customer on vpn_network (customer_id);

create function vpn_network_guard() returns trigger language plpgsql as $$
declare
    pool vpn_pool;
begin
    select * into pool from vpn_pool where id = new.pool_id for share;
    if not found then
        return new; -- the foreign key reports the missing pool
    end if;
    if not (new.network <<= pool.network) then
        raise exception using errcode = 'UC020', table = 'vpn_network', column = 'network',
            message = format('network %s is not inside its pool %s', new.network, pool.network);
    end if;
    if masklen(new.network) <> pool.subnetwork_size then
        raise exception using errcode = 'UC021', table = 'vpn_network', column = 'network',
            message = format('network %s must be a /%s, the subnetwork size of pool %s',
                             new.network, pool.subnetwork_size, pool.network);
    end if;
    return new;
end
$$;
create trigger vpn_network_inside_pool before insert or update on vpn_network
    for each row execute function vpn_network_guard();

create function vpn_pool_guard_update() returns trigger language plpgsql as $$
begin
    if (new.network is distinct from old.network or new.subnetwork_size is distinct from old.subnetwork_size)
            and exists (select 1 from vpn_network where pool_id = old.id) then
        raise exception using errcode = 'UC022', table = 'vpn_pool', column = 'network',
            message = format('pool %s already holds networks: its network and subnetwork size cannot change', old.network);
    end if;
    return new;
end
$$;
create trigger vpn_pool_keeps_networks before update on vpn_pool
    for each row execute function vpn_pool_guard_update();

-- ---------------------------------------------------------------------------------------------
-- VMs, their interfaces and firewall rules
-- ---------------------------------------------------------------------------------------------
create table vm (
    -- shown as 10 hex digits on hosts: at most 16^10 VMs
    id bigint generated always as identity (maxvalue 1099511627775) primary key,
    host_id bigint not null references host,
    customer_id bigint not null references customer,
    order_id bigint references orders,
    name text not null constraint vm_name_not_blank check (btrim(name) <> ''),
    cores integer not null constraint vm_cores_positive check (cores > 0),
    ram_mib integer not null constraint vm_ram_positive check (ram_mib > 0),
    disk_gib integer not null constraint vm_disk_positive check (disk_gib > 0),
    desired_state text not null default 'stopped' constraint vm_desired_state_known check (desired_state in ('running', 'stopped')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);
create index vm_host on vm (host_id, id);
create index vm_customer on vm (customer_id, id);

create table vm_interface (
    -- the global interface counter: its 4 bytes follow 02:00 in the MAC address
    id bigint generated always as identity (maxvalue 4294967295) primary key,
    vm_id bigint not null references vm on delete cascade,
    nic_index smallint not null constraint vm_interface_index_range check (nic_index between 0 and 255),
    bridge text not null constraint vm_interface_bridge_name check (bridge ~ '^[A-Za-z0-9_.-]{1,15}$'),
    mac macaddr not null constraint vm_interface_mac_unique unique,
    addresses inet[] not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint vm_interface_index_unique unique (vm_id, nic_index)
);

create table firewall_rule (
    id bigint generated always as identity primary key,
    vm_interface_id bigint not null references vm_interface on delete cascade,
    direction text not null constraint firewall_rule_direction_known check (direction in ('in', 'out')),
    protocol text not null constraint firewall_rule_protocol_known check (protocol in ('any', 'tcp', 'udp', 'icmp', 'icmpv6')),
    remote cidr,
    port_from integer constraint firewall_rule_port_from_range check (port_from between 1 and 65535),
    port_to integer constraint firewall_rule_port_to_range check (port_to between 1 and 65535),
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    constraint firewall_rule_port_range_order check (port_to is null or (port_from is not null and port_to >= port_from)),
    constraint firewall_rule_ports_need_tcp_or_udp check (port_from is null or protocol in ('tcp', 'udp'))
);
create index firewall_rule_interface on firewall_rule (vm_interface_id, id);

-- ---------------------------------------------------------------------------------------------
-- Triggers shared by every table: version/updated_at, audit, change notification
-- ---------------------------------------------------------------------------------------------
do $$
declare
    t text;
begin
    foreach t in array array['customer', 'billing_address', 'product', 'orders', 'bill', 'bill_record', 'host',
                             'vpn_pool', 'vpn_network', 'vm', 'vm_interface', 'firewall_rule'] loop
        execute format('create trigger %I before update on %I for each row execute function uncloud_touch()',
                       t || '_touch', t);
        execute format('create trigger %I after insert or update or delete on %I for each row execute function uncloud_notify_change()',
                       t || '_notify', t);
    end loop;
    -- bill records are derived from orders by bill generation; the bill's own events cover them
    foreach t in array array['customer', 'billing_address', 'product', 'orders', 'bill', 'host',
                             'vpn_pool', 'vpn_network', 'vm', 'vm_interface', 'firewall_rule'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function uncloud_audit()',
                       t || '_audit', t);
    end loop;
    foreach t in array array['vm_product', 'vpn_product', 'disk_product'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function uncloud_notify_change(''product_id'')',
                       t || '_notify', t);
        execute format('create trigger %I after insert or update or delete on %I for each row execute function uncloud_audit(''product_id'')',
                       t || '_audit', t);
    end loop;
    execute 'create trigger audit_event_notify after insert on audit_event for each row execute function uncloud_notify_change()';
end
$$;
