package io.clientbench.invitations.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.clientbench.core.navigator.CustomerRows;
import io.clientbench.model.EntitySchema;
import io.clientbench.model.SchemaRegistry;

/** A saved navigator filter as an activity's target segment, and the fit rate it gives an invitation list. */
class TargetSegmentTest {

    private static EntitySchema customer;

    @BeforeAll
    static void schema() throws InterruptedException {
        var tracker = new ServiceTracker<SchemaRegistry, SchemaRegistry>(
                FrameworkUtil.getBundle(TargetSegmentTest.class).getBundleContext(), SchemaRegistry.class, null);
        tracker.open();
        SchemaRegistry registry = tracker.waitForService(10_000);
        tracker.close();
        assertNotNull(registry, "SchemaRegistry service");
        customer = registry.schema().customer();
    }

    private static CustomerRows rows(String filter) {
        List<String> fields = TargetSegment.fieldsToLoad(customer, filter);
        CustomerRows.Builder rows = CustomerRows.builder(fields);
        Object[][] customers = { { 1L, "成都建工集团", "成都", "A" }, { 2L, "重庆交通建设", "重庆", "A" }, { 3L, "成都软件学院", "成都", "C" },
                { 4L, "绵阳路桥", "绵阳", "B" } };
        for (Object[] c : customers) {
            Object[] values = new Object[fields.size()];
            values[fields.indexOf("fullName")] = c[1];
            values[fields.indexOf("region")] = c[2];
            values[fields.indexOf("customerClass")] = c[3];
            rows.add((Long) c[0], 1, values);
        }
        return rows.build();
    }

    @Test
    void aFieldWordAndAFreeWordSelectTheCustomersTheNavigatorWouldShow() {
        String filter = "customerClass:A 成都";
        assertTrue(TargetSegment.fieldsToLoad(customer, filter).containsAll(List.of("customerClass", "fullName", "region")));
        assertEquals(Set.of(1L), TargetSegment.matching(customer, rows(filter), filter, Locale.CHINA));
        assertEquals(Set.of(1L, 2L), TargetSegment.matching(customer, rows("customerClass:A"), "customerClass:A", Locale.CHINA));
        // the field's Chinese label works as the navigator's does, with the full-width colon of a Chinese input method
        assertEquals(Set.of(1L, 3L), TargetSegment.matching(customer, rows("所在地区：成都"), "所在地区：成都", Locale.CHINA));
    }

    @Test
    void theFitRateIsTheShareOfInviteesInTheSegment() {
        String filter = "customerClass:A";
        Set<Long> segment = TargetSegment.matching(customer, rows(filter), filter, Locale.CHINA);
        List<Invitee> invitees = List.of(
                Invitations.invitee(Map.of("customer", 1L, "invited", true, "result", "ATTENDED", "attendedCount", 2L,
                        "dealAmount", new BigDecimal("8000"))),
                Invitations.invitee(Map.of("customer", 2L, "invited", true, "result", "DECLINED")),
                Invitations.invitee(Map.of("customer", 4L, "invited", true, "result", "ACCEPTED")),
                Invitations.invitee(Map.of("customer", 3L, "invited", false)));
        Funnel funnel = Funnel.of(invitees, segment::contains);
        assertEquals(2 / 3.0, funnel.fitRate(), 1e-9, "customers 1 and 2 of the three invited are class A");
        assertFalse(funnel.meetsFitTarget());
        assertEquals(new BigDecimal("8000"), funnel.dealAmount());
        assertEquals(1, funnel.attended());
        assertFalse(TargetSegment.isDefined("  "));
    }
}
