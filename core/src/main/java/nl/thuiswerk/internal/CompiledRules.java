package nl.thuiswerk.internal;

import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The compiled rules of a set of packages: the KieBase built from their executable models and a pool of sessions.
 * Built the first time a version needs them, once for all the versions that decide with the same packages (the
 * versions of one kind).
 */
final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    /** The KieBase and its session pool. */
    record Compiled(KieBase kieBase, KieSessionsPool sessions) {
    }

    private final List<String> packages;
    private final ModelIndex models;
    private volatile Compiled compiled;

    CompiledRules(List<String> packages, ModelIndex models) {
        this.packages = List.copyOf(packages);
        this.models = models;
    }

    List<String> packages() {
        return packages;
    }

    Compiled get() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = compile();
                    compiled = c;
                }
            }
        }
        return c;
    }

    private Compiled compile() {
        long start = System.nanoTime();
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models.forPackages(packages));
        KieSessionsPool pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        LOG.debug("rules of {} built from the executable model in {} ms", packages,
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(kieBase, pool);
    }
}
