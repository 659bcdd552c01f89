package io.clientbench.ui.worklists.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.TableItem;

import io.clientbench.core.ice.IcePriority;
import io.clientbench.core.ice.IceThresholds;
import io.clientbench.core.navigator.ValueText;
import io.clientbench.core.worklists.CustomerNames;
import io.clientbench.core.worklists.RequirementPool;
import io.clientbench.model.MergedSchema;
import io.clientbench.store.RecordRepository;
import io.clientbench.store.StoreException;
import io.clientbench.ui.ClientbenchPreferences;
import io.clientbench.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/** 需求池: every customer's needs ranked by ICE score, with the priority the user's thresholds give. */
public class RequirementPoolPart extends WorklistPart<RequirementPool.Entry> {

    public static final String ID = "io.clientbench.ui.worklists.requirementPool";

    /** New thresholds on the preference page re-rank the pool at once. */
    private final IEclipsePreferences.IPreferenceChangeListener thresholdsChanged = event -> {
        if (ClientbenchPreferences.ICE_HIGH.equals(event.getKey()) || ClientbenchPreferences.ICE_MEDIUM.equals(event.getKey())) {
            reload();
        }
    };

    @PostConstruct
    void listenToThresholds() {
        InstanceScope.INSTANCE.getNode(ClientbenchPreferences.QUALIFIER).addPreferenceChangeListener(thresholdsChanged);
    }

    @PreDestroy
    void stopListening() {
        InstanceScope.INSTANCE.getNode(ClientbenchPreferences.QUALIFIER).removePreferenceChangeListener(thresholdsChanged);
    }

    @Override
    String tableId() {
        return WidgetIds.WORKLIST_POOL_TABLE;
    }

    @Override
    String statusId() {
        return WidgetIds.WORKLIST_POOL_STATUS;
    }

    @Override
    List<Column> columns(MergedSchema schema) {
        return List.of(new Column(WorklistMessages.pool_score, 8), new Column(WorklistMessages.pool_priority, 8),
                new Column(WorklistMessages.customer, 30), new Column(label(schema, "description"), 50),
                new Column(label(schema, "status"), 14));
    }

    private static String label(MergedSchema schema, String field) {
        return schema.entity(RequirementPool.ENTITY).flatMap(e -> e.field(field)).map(f -> f.label().text()).orElse(field);
    }

    @Override
    List<RequirementPool.Entry> load(RecordRepository repository, MergedSchema schema) throws StoreException {
        CustomerNames names = new CustomerNames();
        repository.scan(CustomerNames.ENTITY, CustomerNames.FIELDS, names::add);
        RequirementPool pool = new RequirementPool();
        repository.scan(RequirementPool.ENTITY, RequirementPool.FIELDS, pool::add);
        return pool.entries(names, IceThresholds.orDefault(ClientbenchPreferences.iceHigh(), ClientbenchPreferences.iceMedium()));
    }

    @Override
    String[] texts(RequirementPool.Entry entry, MergedSchema schema) {
        Locale locale = Locale.getDefault();
        String status = entry.status() == null ? "" : schema.entity(RequirementPool.ENTITY).flatMap(e -> e.field("status"))
                .map(f -> ValueText.literal(f, entry.status(), locale)).orElse(entry.status());
        return new String[] { entry.score().isPresent() ? Integer.toString(entry.score().getAsInt()) : "",
                entry.priority() == null ? "" : entry.priority().label(locale), entry.customer(),
                entry.description().lines().findFirst().orElse(""), status };
    }

    @Override
    void style(TableItem item, RequirementPool.Entry entry) {
        if (entry.priority() == IcePriority.HIGH) {
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }

    @Override
    String statusText(List<RequirementPool.Entry> shown) {
        return NLS.bind(WorklistMessages.pool_status, String.format("%,d", shown.size()),
                String.format("%,d", shown.stream().filter(e -> e.priority() == IcePriority.HIGH).count()));
    }

    @Override
    long customerId(RequirementPool.Entry entry) {
        return entry.customerId();
    }

    @Override
    String customerName(RequirementPool.Entry entry) {
        return entry.customer();
    }
}
