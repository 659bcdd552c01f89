package io.clientbench.store;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who the store writes audit entries for: the hook a login (the privacy bundle's users and roles) connects to with
 * {@link #use}. Asked once per transaction; until something is connected it is the operating system's user name.
 */
public final class AuditActor {

    private static final Supplier<String> OS_USER = () -> System.getProperty("user.name");
    private static volatile Supplier<String> supplier = OS_USER;

    private AuditActor() {
    }

    /** Makes {@code actor} say who is working from now on (e.g. the logged-in user's name). */
    public static void use(Supplier<String> actor) {
        supplier = Objects.requireNonNull(actor);
    }

    /** Back to the operating system's user name. */
    public static void reset() {
        supplier = OS_USER;
    }

    /** The current actor's name; "?" when the supplier has none or fails (an audit entry is never lost for want of it). */
    public static String current() {
        try {
            String name = supplier.get();
            return name == null || name.isBlank() ? "?" : name;
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
