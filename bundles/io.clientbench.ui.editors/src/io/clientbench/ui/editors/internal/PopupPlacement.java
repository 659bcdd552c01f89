package io.clientbench.ui.editors.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/** Places a picker popup under its button, right-aligned with it, or above it when the screen ends below. */
final class PopupPlacement {

    private PopupPlacement() {
    }

    static void besides(Shell popup, Button button) {
        popup.pack();
        Point size = popup.getSize();
        Point below = button.toDisplay(0, button.getSize().y);
        Rectangle screen = button.getMonitor().getClientArea();
        int x = Math.max(screen.x, below.x - size.x + button.getSize().x);
        int y = below.y + size.y <= screen.y + screen.height ? below.y : below.y - button.getSize().y - size.y;
        popup.setLocation(x, Math.max(screen.y, y));
    }
}
