package io.clientbench.plugins;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * A plugin as the user sees it: one feature, installed or offered by a repository.
 *
 * @param id          the feature's id without p2's {@code .feature.group} suffix, e.g. {@code io.clientbench.example.feature}
 * @param version     its version, e.g. {@code 1.0.0.202611230455}
 * @param name        its translated name (the feature's label), the id when it has none
 * @param provider    its provider, may be empty
 * @param description its description, may be empty
 */
public record PluginFeature(String id, String version, String name, String provider, String description) {

    /** p2 publishes a feature as an installable unit named after it with this suffix. */
    public static final String GROUP_SUFFIX = ".feature.group";

    static PluginFeature of(IInstallableUnit unit) {
        String id = featureId(unit.getId());
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
        String description = unit.getProperty(IInstallableUnit.PROP_DESCRIPTION, null);
        return new PluginFeature(id, unit.getVersion().toString(), name == null || name.isBlank() ? id : name,
                provider == null ? "" : provider, description == null ? "" : description.strip());
    }

    /** The installable unit's id for a feature id (either form is accepted). */
    public static String unitId(String featureId) {
        return featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
    }

    /** The feature id for an installable unit's id (either form is accepted). */
    public static String featureId(String unitId) {
        return unitId.endsWith(GROUP_SUFFIX) ? unitId.substring(0, unitId.length() - GROUP_SUFFIX.length()) : unitId;
    }
}
