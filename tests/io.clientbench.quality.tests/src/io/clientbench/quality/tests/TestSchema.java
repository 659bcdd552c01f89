package io.clientbench.quality.tests;

import java.util.List;
import java.util.Set;

import io.clientbench.model.EntitySchema;
import io.clientbench.model.EnumLiteral;
import io.clientbench.model.FieldDescriptor;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;

/** A small customer entity shaped like the base schema's, so the rules are tested without the registry. */
final class TestSchema {

    private TestSchema() {
    }

    static EntitySchema customer() {
        return new EntitySchema("Customer", new Label("客户", "Customer"), List.of(
                field("fullName", FieldKind.TEXT, "客户名称", "Customer name", true, List.of()),
                field("industry", FieldKind.ENUM, "所属行业", "Industry", false, List.of(literal("C", "制造业", "Manufacturing"))),
                field("sizeBand", FieldKind.ENUM, "企业规模", "Company size", false,
                        List.of(literal("SMALL", "小型", "small"), literal("LARGE", "大型", "large"))),
                field("region", FieldKind.TEXT, "所在地区", "Region", false, List.of()),
                field("cooperationStatus", FieldKind.ENUM, "合作状态", "Cooperation status", false, List.of(literal("POTENTIAL", "潜在", "Potential"))),
                field("dataSource", FieldKind.TEXT, "数据来源", "Data source", false, List.of()),
                field("updatedAt", FieldKind.DATE_TIME, "更新日期", "Updated", false, List.of()),
                field("stale", FieldKind.BOOLEAN, "目前信息是否失真", "Record out of date", false, List.of()),
                field("historyDealCount", FieldKind.INTEGER, "历史合作次数", "Past deals", false, List.of()),
                field("historyDealAmount", FieldKind.DECIMAL, "历史合作金额", "Past deal amount", false, List.of()),
                field("contacts", FieldKind.CHILDREN, "联系人", "Contacts", false, List.of())));
    }

    private static FieldDescriptor field(String name, FieldKind kind, String zh, String en, boolean required, List<EnumLiteral> literals) {
        return new FieldDescriptor(name, kind, new Label(zh, en), "basic", required, 0, null, null, null, null, List.of(), literals,
                kind == FieldKind.CHILDREN ? "Contact" : null, FieldDescriptor.BASE_SOURCE, Set.of(), null, name, false);
    }

    private static EnumLiteral literal(String name, String zh, String en) {
        return new EnumLiteral(name, new Label(zh, en), false);
    }
}
