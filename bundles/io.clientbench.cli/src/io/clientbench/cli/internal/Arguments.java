package io.clientbench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line split into positional words and {@code --name value} / {@code --name=value} options. */
final class Arguments {

    static final Set<String> FLAGS = Set.of("help", "list");
    static final Set<String> VALUED = Set.of("data", "password", "role", "role-password", "profile", "mode", "update-by", "target",
            "format", "param", "out");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    /** A word the command line does not understand, with the localized reason. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(List<String> words, java.util.Locale locale) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-h") || word.equals("-help")) {
                word = "--help";
            }
            if (!word.startsWith("--")) {
                parsed.positional.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (FLAGS.contains(name) && value == null) {
                parsed.options.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException(CliMessages.format(locale, "missingValue", "--" + name));
                    }
                    value = words.get(++i);
                }
                parsed.options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException(CliMessages.format(locale, "unknownOption", word));
            }
        }
        return parsed;
    }

    /** The command (the first positional word), or null. */
    String command() {
        return positional.isEmpty() ? null : positional.get(0);
    }

    /** The positional word at {@code index} (0 is the command), or null. */
    String positional(int index) {
        return index < positional.size() ? positional.get(index) : null;
    }

    int positionalCount() {
        return positional.size();
    }

    /** The last value of an option, or null. */
    String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.getLast();
    }

    List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String flag) {
        return options.containsKey(flag);
    }
}
