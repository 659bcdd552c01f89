package io.clientbench.ui.worklists.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.TableItem;

import io.clientbench.core.worklists.CustomerNames;
import io.clientbench.core.worklists.FollowUpsDue;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.WidgetIds;

/** 跟进待办: every customer's next planned step by date, the overdue ones highlighted. */
public class FollowUpsDuePart extends WorklistPart<FollowUpsDue.Entry> {

    public static final String ID = "io.clientbench.ui.worklists.followUpsDue";

    private static final Color OVERDUE_BACKGROUND = new Color(255, 228, 225);
    private static final Color OVERDUE_FOREGROUND = new Color(160, 0, 0);

    @Override
    String tableId() {
        return WidgetIds.WORKLIST_FOLLOW_UPS_TABLE;
    }

    @Override
    String statusId() {
        return WidgetIds.WORKLIST_FOLLOW_UPS_STATUS;
    }

    @Override
    List<Column> columns(MergedSchema schema) {
        return List.of(new Column(label(schema, "nextStepDate"), 14), new Column(WorklistMessages.customer, 30),
                new Column(label(schema, "nextStep"), 50), new Column(WorklistMessages.followUps_state, 10));
    }

    static String label(MergedSchema schema, String field) {
        return schema.entity(FollowUpsDue.ENTITY).flatMap(e -> e.field(field)).map(f -> f.label().text()).orElse(field);
    }

    @Override
    List<FollowUpsDue.Entry> load(RecordRepository repository, MergedSchema schema) throws StoreException {
        CustomerNames names = new CustomerNames();
        repository.scan(CustomerNames.ENTITY, CustomerNames.FIELDS, names::add);
        FollowUpsDue due = new FollowUpsDue();
        repository.scan(FollowUpsDue.ENTITY, FollowUpsDue.FIELDS, due::add);
        return due.entries(names, LocalDate.now());
    }

    @Override
    String[] texts(FollowUpsDue.Entry entry, MergedSchema schema) {
        String state = entry.overdue() ? WorklistMessages.followUps_overdue
                : entry.date().equals(LocalDate.now()) ? WorklistMessages.followUps_today : "";
        return new String[] { entry.date().toString(), entry.customer(), entry.nextStep().lines().findFirst().orElse(""), state };
    }

    @Override
    void style(TableItem item, FollowUpsDue.Entry entry) {
        if (entry.overdue()) {
            item.setBackground(OVERDUE_BACKGROUND);
            item.setForeground(OVERDUE_FOREGROUND);
        } else if (entry.date().equals(LocalDate.now())) {
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }

    @Override
    String statusText(List<FollowUpsDue.Entry> shown) {
        return NLS.bind(WorklistMessages.followUps_status, String.format("%,d", shown.size()),
                String.format("%,d", shown.stream().filter(FollowUpsDue.Entry::overdue).count()));
    }

    @Override
    long customerId(FollowUpsDue.Entry entry) {
        return entry.customerId();
    }

    @Override
    String customerName(FollowUpsDue.Entry entry) {
        return entry.customer();
    }
}
