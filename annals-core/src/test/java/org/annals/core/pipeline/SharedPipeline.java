package org.annals.core.pipeline;

/** One pipeline per test JVM: CoreNLP loads once (about 20 s) however many tests use it. */
public final class SharedPipeline {
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    private SharedPipeline() {
    }

    public static Pipeline get() { return Holder.PIPELINE; }
}
