package io.clientbench.invitations.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The activity views' localized strings. */
final class InvitationMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.invitations.ui.internal.messages";

    public static String activityGone;
    public static String loading;
    public static String loadFailed;
    public static String activities_status;
    public static String action_new;
    public static String action_open;
    public static String action_invite;
    public static String column_dealAmount;
    public static String column_fitRate;
    public static String stage_planned;
    public static String stage_invited;
    public static String stage_accepted;
    public static String stage_attended;
    public static String stage_deal;
    public static String funnel_section;
    public static String funnel_title;
    public static String funnel_customers;
    public static String funnel_figures;
    public static String fit_rate;
    public static String fit_noSegment;
    public static String fit_noneInvited;
    public static String list_section;
    public static String list_description;
    public static String list_status;
    public static String cell_title;
    public static String pendingRefused;
    public static String save_title;
    public static String invite_title;
    public static String invite_heading;
    public static String invite_message;
    public static String invite_selected;
    public static String invite_shown;
    public static String invite_noFilter;
    public static String invite_segment;
    public static String invite_noSegment;
    public static String invite_markInvited;
    public static String invite_ok;
    public static String invite_adds;
    public static String invite_addsSkipping;
    public static String new_title;
    public static String new_heading;
    public static String new_message;
    public static String new_unnamed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InvitationMessages.class);
    }

    private InvitationMessages() {
    }
}
