-- VPN pools and networks, version 20: the server key sealed for the console, quarantine after
-- release, the history of who held which prefix when, and the allocation hint that lets a
-- reservation find the lowest free subnetwork without enumerating the pool.

-- The server's WireGuard private key, sealed with AES-256-GCM under the provider's key-encryption
-- key (see docs/decisions/vpn-server-keys.md): 12-byte nonce followed by ciphertext and tag.
-- Both null means the key lives only on the VPN host.
alter table vpn_pool
    add column server_private_key_sealed bytea,
    add column server_key_kek_id text constraint vpn_pool_server_key_kek_id_hex check (server_key_kek_id ~ '^[0-9a-f]{16}$'),
    add constraint vpn_pool_server_key_sealed_with_kek check ((server_private_key_sealed is null) = (server_key_kek_id is null)),
    add constraint vpn_pool_server_key_sealed_length check (octet_length(server_private_key_sealed) = 12 + 32 + 16);

-- The sealed key stays out of the audit trail's before/after copies.
drop trigger vpn_pool_audit on vpn_pool;
create trigger vpn_pool_audit after insert or update or delete on vpn_pool
    for each row execute function uncloud_audit('id', 'server_private_key_sealed');

-- A released network stays a row (so the exclusion constraint keeps covering it) until its
-- quarantine is over and a reservation takes the prefix again.
alter table vpn_network
    add column released_at timestamptz,
    add column quarantined_until timestamptz,
    add constraint vpn_network_quarantine_shape check (
        (released_at is null) = (quarantined_until is null) and (quarantined_until is null or quarantined_until >= released_at));
create index vpn_network_released on vpn_network (pool_id, network) where released_at is not null;

-- Who held which prefix when: one row per holding, open (held_until null) while it lasts.
create table vpn_network_history (
    id bigint generated always as identity primary key,
    vpn_network_id bigint not null,
    pool_id bigint not null references vpn_pool,
    network cidr not null,
    customer_id bigint not null references customer,
    order_id bigint references orders,
    wireguard_public_key text,
    held_from timestamptz not null,
    held_until timestamptz,
    constraint vpn_network_history_one_per_holding unique (vpn_network_id),
    constraint vpn_network_history_period_order check (held_until is null or held_until >= held_from)
);
create index vpn_network_history_pool on vpn_network_history (pool_id, network, held_from);
create index vpn_network_history_customer on vpn_network_history (customer_id, held_from);

create function vpn_network_record_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into vpn_network_history (vpn_network_id, pool_id, network, customer_id, order_id, wireguard_public_key,
                                         held_from, held_until)
        values (new.id, new.pool_id, new.network, new.customer_id, new.order_id, new.wireguard_public_key,
                new.created_at, new.released_at);
    elsif new.released_at is distinct from old.released_at or new.wireguard_public_key is distinct from old.wireguard_public_key then
        update vpn_network_history set held_until = new.released_at, wireguard_public_key = new.wireguard_public_key
        where vpn_network_id = new.id;
    end if;
    return null;
end
$$;
create trigger vpn_network_history after insert or update on vpn_network
    for each row execute function vpn_network_record_history();

create function vpn_network_history_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.held_until is not null then
        raise exception using errcode = 'UC023', table = 'vpn_network_history',
            message = 'the history of VPN networks is a permanent record: a finished holding cannot change';
    end if;
    return new;
end
$$;
create trigger vpn_network_history_permanent before update or delete on vpn_network_history
    for each row execute function vpn_network_history_refuse_change();

-- Every subnetwork of the pool with a number below next_index is taken by a vpn_network row
-- (held or in quarantine). Rows leave only when a reservation takes over an expired quarantine
-- in the same transaction, so the hint never has to move down.
create table vpn_pool_allocation_hint (
    pool_id bigint primary key references vpn_pool on delete cascade,
    next_index numeric(39, 0) not null default 0 constraint vpn_pool_allocation_hint_not_negative check (next_index >= 0)
);
insert into vpn_pool_allocation_hint (pool_id) select id from vpn_pool;

create function vpn_pool_create_hint() returns trigger language plpgsql as $$
begin
    insert into vpn_pool_allocation_hint (pool_id) values (new.id);
    return null;
end
$$;
create trigger vpn_pool_allocation_hint after insert on vpn_pool
    for each row execute function vpn_pool_create_hint();
