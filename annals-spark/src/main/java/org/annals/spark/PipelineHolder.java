package org.annals.spark;

import org.annals.core.pipeline.Pipeline;

/**
 * One Annals pipeline per executor JVM, built on first use by the first task that needs it and shared by all
 * the task threads of that JVM (the pipeline is thread-safe). Never serialized: tasks reach it through this
 * class, not through a captured field, so closures stay small and the models (about 2 GB) load once per JVM.
 */
final class PipelineHolder {
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    private PipelineHolder() {
    }

    static Pipeline get() { return Holder.PIPELINE; }
}
