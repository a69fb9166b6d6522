package uncloud.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-parsed {@code --name value} and {@code --switch} flags, refusing anything not expected. */
final class Flags {
    private final Map<String, String> values = new HashMap<>();

    private Flags() {}

    static Flags parse(List<String> args, Set<String> withValue, Set<String> switches) throws UsageException {
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
            } else if (switches.contains(name) && value == null) {
                value = "true";
            } else {
                throw new UsageException("unknown option " + arg);
            }
            if (flags.values.put(name, value) != null) {
                throw new UsageException(name + " given twice");
            }
        }
        return flags;
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
