package io.clientbench.tests.support;

import org.eclipse.swt.SWT;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * Presses keys through the X server's XTEST extension, as a physical keyboard does: the server delivers them to the
 * window that has the input focus. Used instead of {@code Display.post} for keys because SWT on GTK 3 puts a
 * synthesized key event on the first toplevel GDK marks as focused, and without a window manager (Xvfb) that can be
 * a stale, hidden shell of the workbench, so the key never reaches the focused widget.
 */
final class XTestKeyboard {

    private static final long SHIFT_L = 0xffe1;

    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);

        NativeLong XkbKeycodeToKeysym(Pointer display, byte keycode, int group, int level);

        int XFlush(Pointer display);

        int XSetInputFocus(Pointer display, NativeLong focus, int revertTo, NativeLong time);
    }

    interface XTest extends Library {
        boolean XTestFakeKeyEvent(Pointer display, int keycode, boolean press, NativeLong delay);
    }

    private final X11 x11 = Native.load("X11", X11.class);
    private final XTest xtest = Native.load("Xtst", XTest.class);
    private final Pointer display;

    XTestKeyboard() {
        display = x11.XOpenDisplay(null);
        if (display == null) {
            throw new IllegalStateException("Cannot open the X display " + System.getenv("DISPLAY"));
        }
    }

    /**
     * Gives the keyboard back to the window under the pointer (X's PointerRoot), as at the start of a run. After a
     * dialog was closed by a program rather than by input, the X focus can stay on the destroyed window's parent chain
     * and key presses reach nothing.
     */
    synchronized void focusFollowsPointer() {
        x11.XSetInputFocus(display, new NativeLong(1), 1, new NativeLong(0)); // PointerRoot, RevertToPointerRoot, CurrentTime
        x11.XFlush(display);
    }

    /** Presses and releases the key that types {@code character}, with Shift when the keyboard needs it. */
    synchronized void type(char character) {
        tap(keysymOf(character));
    }

    /** Presses and releases an SWT key code (SWT.ESC, SWT.BS, SWT.CR, SWT.ARROW_DOWN, ...) or character. */
    synchronized void press(int swtKey) {
        tap((swtKey & SWT.KEYCODE_BIT) != 0 ? keysymOfKeyCode(swtKey) : keysymOf((char) swtKey));
    }

    private void tap(long keysym) {
        byte keycode = x11.XKeysymToKeycode(display, new NativeLong(keysym));
        if (keycode == 0) {
            throw new AssertionError("The X keyboard map has no key for keysym 0x" + Long.toHexString(keysym));
        }
        boolean shift = x11.XkbKeycodeToKeysym(display, keycode, 0, 0).longValue() != keysym
                && x11.XkbKeycodeToKeysym(display, keycode, 0, 1).longValue() == keysym;
        byte shiftCode = x11.XKeysymToKeycode(display, new NativeLong(SHIFT_L));
        if (shift) {
            fake(shiftCode, true);
        }
        fake(keycode, true);
        fake(keycode, false);
        if (shift) {
            fake(shiftCode, false);
        }
        x11.XFlush(display);
    }

    private void fake(byte keycode, boolean press) {
        if (!xtest.XTestFakeKeyEvent(display, keycode & 0xff, press, new NativeLong(0))) {
            throw new AssertionError("The X server refused a key event (is the XTEST extension enabled?)");
        }
    }

    private static long keysymOf(char c) {
        return switch (c) {
            case SWT.BS -> 0xff08;
            case SWT.TAB -> 0xff09;
            case SWT.CR, SWT.LF -> 0xff0d;
            case SWT.ESC -> 0xff1b;
            case SWT.DEL -> 0xffff;
            default -> {
                if (c < 0x20 || c > 0xff) {
                    throw new IllegalArgumentException("No key types '" + c + "' (use an input method for CJK text)");
                }
                yield c; // Latin-1 keysyms equal their code points
            }
        };
    }

    private static long keysymOfKeyCode(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_LEFT -> 0xff51;
            case SWT.ARROW_UP -> 0xff52;
            case SWT.ARROW_RIGHT -> 0xff53;
            case SWT.ARROW_DOWN -> 0xff54;
            case SWT.PAGE_UP -> 0xff55;
            case SWT.PAGE_DOWN -> 0xff56;
            case SWT.HOME -> 0xff50;
            case SWT.END -> 0xff57;
            case SWT.F1 -> 0xffbe;
            case SWT.F2 -> 0xffbf;
            case SWT.F5 -> 0xffc2;
            default -> throw new IllegalArgumentException("Unmapped SWT key code " + keyCode);
        };
    }
}
