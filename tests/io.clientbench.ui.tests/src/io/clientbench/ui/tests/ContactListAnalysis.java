package io.clientbench.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.FrameworkUtil;

import io.clientbench.analysis.Analysis;
import io.clientbench.analysis.AnalysisResult;
import io.clientbench.analysis.Parameters;
import io.clientbench.analysis.dataset.DataTable;
import io.clientbench.analysis.dataset.Dataset;

/**
 * A third party's analysis as the privacy test needs one: it asks for the contacts' names and mobiles and lists them
 * in a table. Contributed to the analysis extension point while a test runs ({@link #contribute()}), so no other test
 * or screenshot sees it.
 */
public class ContactListAnalysis implements Analysis {

    static final String ID = "io.clientbench.ui.tests.contacts";
    static final String TABLE = "contacts";
    private static final String EXTENSION = "io.clientbench.ui.tests.contactsExtension";

    @Override
    public AnalysisResult compute(Dataset dataset, Parameters parameters) {
        DataTable contacts = dataset.table("Contact");
        List<List<Object>> rows = new ArrayList<>();
        for (int row = 0; row < contacts.size(); row++) {
            rows.add(List.of(String.valueOf(contacts.value(row, "name")), String.valueOf(contacts.value(row, "mobile"))));
        }
        return AnalysisResult.builder().table(new AnalysisResult.Table(TABLE, "Contacts", List.of("Name", "Mobile"), rows))
                .conclusion(rows.size() + " contacts", "", "").build();
    }

    /** Adds the analysis to the running registry (the registry's user token is internal API: read reflectively). */
    static void contribute() throws Exception {
        String xml = "<?xml version=\"1.0\"?><plugin><extension id=\"contactsExtension\" point=\"io.clientbench.analysis.core.analyses\">"
                + "<analysis id=\"" + ID + "\" label=\"Contact list (test)\" description=\"Lists every contact\" class=\""
                + ContactListAnalysis.class.getName() + "\" requiredFields=\"Contact.name, Contact.mobile\"/></extension></plugin>";
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(ContactListAnalysis.class)), false, null, null, token(registry));
    }

    static void remove() throws Exception {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        var extension = registry.getExtension(EXTENSION);
        if (extension != null) {
            registry.removeExtension(extension, token(registry));
        }
    }

    private static Object token(IExtensionRegistry registry) throws Exception {
        return registry.getClass().getMethod("getTemporaryUserToken").invoke(registry);
    }
}
