package io.clientbench.plugins;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Plugin jobs run one after another: each plans against the profile the previous one left. */
final class PluginRule implements ISchedulingRule {

    static final PluginRule INSTANCE = new PluginRule();

    private PluginRule() {
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
