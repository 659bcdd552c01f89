package io.clientbench.plugins;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;

/**
 * A plugin could not be found, installed, updated or uninstalled. The message is translated and names the plugin or
 * repository; {@link #status()} carries p2's own explanation (for example the missing requirement) as its children.
 */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final IStatus status;

    public PluginException(String message, IStatus cause) {
        super(message, cause == null ? null : cause.getException());
        this.status = cause == null ? Status.error(message)
                : new MultiStatus(PluginManager.PLUGIN_ID, 0, new IStatus[] { cause }, message, cause.getException());
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
        this.status = Status.error(message, cause);
    }

    /** An error status with the translated message and p2's details below it. */
    public IStatus status() {
        return status;
    }

    /** The translated message followed by p2's details, one per line: what a log or a console shows. */
    public String details() {
        StringBuilder text = new StringBuilder(getMessage());
        appendChildren(status, text, "  ");
        return text.toString();
    }

    private static void appendChildren(IStatus status, StringBuilder text, String indent) {
        for (IStatus child : status.getChildren()) {
            text.append('\n').append(indent).append(child.getMessage());
            appendChildren(child, text, indent + "  ");
        }
    }
}
