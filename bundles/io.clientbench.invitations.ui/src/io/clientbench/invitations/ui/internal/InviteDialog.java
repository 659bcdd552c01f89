package io.clientbench.invitations.ui.internal;

import java.util.Arrays;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.clientbench.ui.CustomerSelection;
import io.clientbench.ui.WidgetIds;

/**
 * Whom to invite: the customers selected in the navigator, everything its filter shows, or the activity's target
 * segment. Customers already on the list are not added twice; the dialog says how many that leaves.
 */
final class InviteDialog extends TitleAreaDialog {

    private final String activity;
    private final CustomerSelection navigator;
    private final String segmentFilter;
    private final long[] segment;
    private final Set<Long> alreadyInvited;
    private Button selected, shown, inSegment, markInvited;
    private Label adds;
    private long[] chosen = new long[0];
    private boolean invitedNow;

    /**
     * @param navigator what the navigator shows and has selected (null before it has shown anything)
     * @param segment   the ids the activity's target segment selects, or null when it has none
     */
    InviteDialog(Shell parent, String activity, CustomerSelection navigator, String segmentFilter, long[] segment, Set<Long> alreadyInvited) {
        super(parent);
        this.activity = activity;
        this.navigator = navigator != null ? navigator : new CustomerSelection("", new long[0], new long[0]);
        this.segmentFilter = segmentFilter;
        this.segment = segment;
        this.alreadyInvited = alreadyInvited;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(InvitationMessages.invite_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(InvitationMessages.invite_heading, activity));
        setMessage(InvitationMessages.invite_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(6, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(body);
        long[] picked = navigator.selected();
        selected = choice(body, NLS.bind(InvitationMessages.invite_selected, count(picked.length)), WidgetIds.INVITE_SELECTED, picked.length > 0);
        String filter = navigator.filter().isEmpty() ? InvitationMessages.invite_noFilter : navigator.filter();
        shown = choice(body, NLS.bind(InvitationMessages.invite_shown, count(navigator.shown().length), filter), WidgetIds.INVITE_SHOWN,
                navigator.shown().length > 0);
        inSegment = choice(body, segment == null ? InvitationMessages.invite_noSegment
                : NLS.bind(InvitationMessages.invite_segment, count(segment.length), segmentFilter), WidgetIds.INVITE_SEGMENT,
                segment != null && segment.length > 0);
        (picked.length > 0 ? selected : navigator.shown().length > 0 ? shown : inSegment).setSelection(true);
        markInvited = new Button(body, SWT.CHECK);
        markInvited.setText(InvitationMessages.invite_markInvited);
        markInvited.setData(WidgetIds.KEY, WidgetIds.INVITE_MARK_INVITED);
        GridDataFactory.swtDefaults().indent(0, 8).applyTo(markInvited); // as wide as its text: GTK takes clicks on the text only
        adds = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(adds);
        return area;
    }

    private Button choice(Composite body, String text, String id, boolean enabled) {
        Button button = new Button(body, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.setEnabled(enabled);
        button.addListener(SWT.Selection, e -> update());
        return button;
    }

    private static String count(int n) {
        return String.format("%,d", n);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, InvitationMessages.invite_ok, true).setData(WidgetIds.KEY, WidgetIds.INVITE_OK);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** The ids the chosen option adds (those already on the list left out), and what that means in words. */
    private void update() {
        long[] source = selected.getSelection() ? navigator.selected() : shown.getSelection() ? navigator.shown()
                : inSegment.getSelection() && segment != null ? segment : new long[0];
        chosen = Arrays.stream(source).filter(id -> !alreadyInvited.contains(id)).distinct().toArray();
        int skipped = source.length - chosen.length;
        adds.setText(skipped == 0 ? NLS.bind(InvitationMessages.invite_adds, count(chosen.length))
                : NLS.bind(InvitationMessages.invite_addsSkipping, count(chosen.length), count(skipped)));
        adds.getParent().layout(true);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(chosen.length > 0);
        }
    }

    @Override
    protected void okPressed() {
        invitedNow = markInvited.getSelection();
        super.okPressed();
    }

    /** The customers to add to the list (after OK). */
    long[] customers() {
        return chosen.clone();
    }

    /** Whether the invitations went out already (marked invited, pending an answer). */
    boolean invitedNow() {
        return invitedNow;
    }
}
