package io.clientbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import io.clientbench.analysis.Template;

/** A parsed message fills placeholders as NLS.bind does, for the messages analyses use. */
class TemplateTest {

    @Test
    void fillsLikeNlsBind() {
        for (String message : new String[] { "R/F/M {0} days / {1} deals / {2}", "{0}；{1}（{2}）", "{2} before {0}, {1} twice {1}",
                "no placeholder", "{0}", "", "rank {0}: 100%" }) {
            Object[] args = { 45, 3, "80万" };
            assertEquals(NLS.bind(message, args), Template.of(message).fill(args), message);
        }
    }
}
