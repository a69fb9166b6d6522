-- A VM interface inserted without a MAC gets 02:00 followed by the 4 bytes of its id, the global
-- interface counter (DESIGN.md "Identifiers on hosts"). The identity value is assigned before
-- BEFORE triggers run, so the trigger can read new.id.
create function vm_interface_assign_mac() returns trigger language plpgsql as $$
begin
    if new.mac is null then
        new.mac := ('02:00:' || regexp_replace(lpad(to_hex(new.id), 8, '0'), '(..)(..)(..)(..)', '\1:\2:\3:\4'))::macaddr;
    end if;
    return new;
end
$$;
create trigger vm_interface_assign_mac before insert on vm_interface
    for each row execute function vm_interface_assign_mac();
