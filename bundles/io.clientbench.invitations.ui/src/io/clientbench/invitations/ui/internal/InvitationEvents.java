package io.clientbench.invitations.ui.internal;

/** Event-broker topics of the activity views. */
final class InvitationEvents {

    /** An activity or its invitation list was saved (data: the saved record or a description); the list reloads. */
    static final String SAVED = "io/clientbench/invitations/saved";

    private InvitationEvents() {
    }
}
