package io.clientbench.privacy;

import java.util.Locale;

import io.clientbench.privacy.internal.PrivacyMessages;

/** The roles of a branch office (PIPL: who may see personal data whole). */
public enum Role {
    /** The branch's administrator: everything, plus the schema editor and the roles' passwords. */
    ADMIN,
    /** 分公司经理: sees every record whole. */
    MANAGER,
    /** 销售: personal names, phones and contact details masked. */
    SALES,
    /** 客服: masked like sales. */
    SERVICE;

    /** The role's stable id, as kept in the database and given on a command line: "admin", "manager", "sales", "service". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for an id ({@link #id()}, any case), or null. */
    public static Role byId(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return role;
            }
        }
        return null;
    }

    public String label(Locale locale) {
        return PrivacyMessages.get(locale, "role." + id());
    }

    public RolePolicy policy() {
        return RolePolicy.of(this);
    }
}
