package io.clientbench.ui.editors.internal;

import org.eclipse.osgi.util.NLS;

import io.clientbench.model.FieldDescriptor;

/** The customer editor's localized strings. */
public final class EditorMessages extends NLS {

    private static final String BUNDLE_NAME = "io.clientbench.ui.editors.internal.messages";

    public static String yes;
    public static String field_masked;
    public static String date_pick;
    public static String values_pick;
    public static String no;
    public static String newCustomer;
    public static String page_overview;
    public static String page_value;
    public static String page_sales;
    public static String page_industry;
    public static String industry_none;
    public static String hint_required;
    public static String hint_maxLength;
    public static String hint_range;
    public static String save_invalid;
    public static String save_failed;
    public static String conflict_title;
    public static String conflict_message;
    public static String conflict_field;
    public static String conflict_mine;
    public static String conflict_theirs;
    public static String conflict_keepMine;
    public static String conflict_takeTheirs;
    public static String group_basic;
    public static String group_provenance;
    public static String group_relationship;
    public static String group_value;
    public static String group_grading;
    public static String group_purchases;
    public static String group_transactions;
    public static String group_interaction;
    public static String group_sales;
    public static String group_visit;
    public static String group_other;
    public static String group_costSoftware;
    public static String group_competitor;
    public static String group_individual;
    public static String group_education;
    public static String group_branch;
    public static String group_contact;
    public static String group_deal;
    public static String group_followUp;
    public static String group_need;
    public static String group_ice;
    public static String group_activity;
    public static String group_invitation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
    }

    private EditorMessages() {
    }

    /** A group's heading: the known groups are translated, an admin's own group shows its name. */
    public static String group(String group) {
        try {
            Object text = EditorMessages.class.getField("group_" + group).get(null);
            return text instanceof String s ? s : group;
        } catch (ReflectiveOperationException e) {
            return group;
        }
    }

    /** The field's rules as a tooltip: required, length, range. */
    static String hint(FieldDescriptor field) {
        StringBuilder hint = new StringBuilder(field.label().text());
        if (field.required()) {
            hint.append(" · ").append(hint_required);
        }
        if (field.maxLength() > 0) {
            hint.append(" · ").append(NLS.bind(hint_maxLength, field.maxLength()));
        }
        if (field.min() != null || field.max() != null) {
            hint.append(" · ").append(NLS.bind(hint_range, field.min() == null ? "…" : field.min(), field.max() == null ? "…" : field.max()));
        }
        return hint.toString();
    }
}
