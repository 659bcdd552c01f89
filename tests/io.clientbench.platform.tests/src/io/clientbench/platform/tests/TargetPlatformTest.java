package io.clientbench.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Proves that the libraries the target platform adds for later work resolve and run inside Equinox, not merely that
 * Maven downloaded them: NatTable, SWTChart, Eclipse Forms, JFace and EMF databinding, Apache POI (XLSX) and p2.
 */
class TargetPlatformTest {

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(TargetPlatformTest.class).getBundleContext();

    @Test
    void uiLibrariesResolveAndLoadTheirMainClasses() throws Exception {
        Map<String, String> entryClasses = Map.of(
                "org.eclipse.nebula.widgets.nattable.core", "org.eclipse.nebula.widgets.nattable.NatTable",
                "org.eclipse.swtchart", "org.eclipse.swtchart.Chart",
                "org.eclipse.ui.forms", "org.eclipse.ui.forms.widgets.FormToolkit",
                "org.eclipse.jface.databinding", "org.eclipse.jface.databinding.swt.typed.WidgetProperties");
        List<String> problems = new ArrayList<>();
        for (var entry : entryClasses.entrySet()) {
            Bundle bundle = bundle(entry.getKey());
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                problems.add(entry.getKey() + " is not resolved");
                continue;
            }
            assertEquals(entry.getValue(), bundle.loadClass(entry.getValue()).getName());
        }
        // p2's UI activates against a running workbench, so here it is only resolved, with all its requirements
        if ((bundle("org.eclipse.equinox.p2.ui").getState() & Bundle.INSTALLED) != 0) {
            problems.add("org.eclipse.equinox.p2.ui is not resolved");
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void emfDatabindingObservesAnEObject() {
        EClass customer = EcoreFactory.eINSTANCE.createEClass();
        customer.setName("Customer");
        Realm realm = new Realm() {
            @Override
            public boolean isCurrent() {
                return true;
            }
        };
        List<Object> seen = new ArrayList<>();
        Realm.runWithDefault(realm, () -> {
            IObservableValue<String> name = EMFProperties.value(EcorePackage.Literals.ENAMED_ELEMENT__NAME).observe(customer);
            name.addValueChangeListener(e -> seen.add(e.diff.getNewValue()));
            customer.setName("Client");
            assertEquals("Client", name.getValue());
            name.dispose();
        });
        assertEquals(List.of("Client"), seen);
    }

    @Test
    void poiWritesAndReadsBackAnXlsxWorkbookWithChinese() throws Exception {
        Path file = folder.resolve("customers.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("客户");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("客户名称");
            header.createCell(1).setCellValue("预算员人数");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("广联达成都分公司");
            row.createCell(1).setCellValue(12);
            workbook.write(out);
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("客户");
            assertNotNull(sheet);
            assertEquals("广联达成都分公司", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(12, sheet.getRow(1).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void p2CreatesAnAgentAndAMetadataRepository() throws Exception {
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        assertNotNull(reference, "p2's agent provider service (p2.core must be started)");
        IProvisioningAgent agent = context.getService(reference).createAgent(folder.resolve("p2").toUri());
        try {
            IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
            assertNotNull(manager, "metadata repository manager");
            URI location = folder.resolve("repository").toUri();
            manager.createRepository(location, "Clientbench analyses", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
            manager.removeRepository(location);
            IMetadataRepository loaded = manager.loadRepository(location, null);
            assertEquals("Clientbench analyses", loaded.getName());
        } finally {
            agent.stop();
            context.ungetService(reference);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in the OSGi runtime");
    }
}
