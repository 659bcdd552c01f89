package io.clientbench.core.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.clientbench.core.TestSchema;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.FieldKind;
import io.clientbench.model.Label;
import io.clientbench.model.MergedSchema;
import io.clientbench.model.SchemaOverlay;
import io.clientbench.model.SchemaOverlay.NewField;
import io.clientbench.model.SchemaRegistry;

/** The navigator's columns: defaults and admin fields, then the user's choice, which survives renames and new fields. */
class ColumnChoiceTest {

    @Test
    void aChoiceKeepsItsOrderSurvivesARenameAndLetsLaterAdminFieldsIn() throws Exception {
        SchemaRegistry registry = TestSchema.registry();
        EntitySchema base = registry.preview(SchemaOverlay.empty()).customer();
        assertEquals(CustomerNavigator.DEFAULT_COLUMNS, ColumnChoice.NONE.columns(base));

        ColumnChoice choice = ColumnChoice.decode(ColumnChoice.of(base, List.of("region", "fullName", "employeeCount")).encode());
        assertEquals(List.of("region", "fullName", "employeeCount"), choice.columns(base));

        SchemaOverlay overlay = SchemaOverlay.empty();
        overlay.rename(registry.preview(overlay), "Customer", "region", "salesRegion");
        overlay.addField(registry.preview(overlay), new NewField("Customer", "wechatGroup", FieldKind.TEXT,
                new Label("微信群", "WeChat group"), null, false, null, null, List.of()));
        MergedSchema changed = registry.preview(overlay);
        assertEquals(List.of("salesRegion", "fullName", "employeeCount", "wechatGroup"), choice.columns(changed.customer()),
                "renamed field kept by its storage key; the new admin field appended");

        ColumnChoice without = ColumnChoice.of(changed.customer(), List.of("fullName"));
        assertEquals(List.of("fullName"), without.columns(changed.customer()), "an admin field the user left out stays out");
        assertTrue(ColumnChoice.offerable(changed.customer()).stream().anyMatch(f -> f.name().equals("wechatGroup")));
    }
}
