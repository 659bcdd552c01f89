package io.clientbench.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A translated message with {0}, {1}... placeholders, parsed once and filled many times: for per-customer texts.
 * {@code NLS.bind} parses the message on every call; on 100k RFM explanations that was ten times the cost of the
 * grading itself (about 1 s on a cold JIT). Text that is not a {@code {digits}} placeholder is kept as it is.
 */
public final class Template {

    private final String[] literals;
    private final int[] arguments;
    private final int length;

    private Template(String[] literals, int[] arguments, int length) {
        this.literals = literals;
        this.arguments = arguments;
        this.length = length;
    }

    public static Template of(String message) {
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            int close = message.charAt(i) == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && message.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                literals.add(literal.toString());
                literal.setLength(0);
                arguments.add(Integer.parseInt(message.substring(i + 1, close)));
                i = close + 1;
            } else {
                literal.append(message.charAt(i++));
            }
        }
        literals.add(literal.toString());
        return new Template(literals.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray(), message.length());
    }

    /** The message with each placeholder replaced by its argument ({@code String.valueOf}); a missing one stays empty. */
    public String fill(Object... values) {
        StringBuilder out = new StringBuilder(length + 16 * arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            out.append(literals[i]);
            int index = arguments[i];
            if (index < values.length) {
                out.append(values[index]);
            }
        }
        return out.append(literals[arguments.length]).toString();
    }
}
