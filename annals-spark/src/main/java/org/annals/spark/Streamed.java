package org.annals.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.spark.TaskContext;

/**
 * A reader that pushes its items to a consumer ({@code Sources.read} hands on one WARC page at a time) turned into
 * the iterator Spark pulls from, through a small bounded queue filled by a reader thread: at most {@link #AHEAD}
 * items are held, whatever the size of the file. When the task ends early (failed, killed) the reader thread is
 * interrupted; a failure of the reader is thrown from the iterator.
 *
 * <p>Why a thread: the readers are push-style (they stream a WARC archive inside one call), Spark's functions are
 * pull-style; collecting the whole archive into a list first would hold every page of a 1 GB archive at once.
 */
final class Streamed {
    /** How many items the reader may be ahead of the task. */
    static final int AHEAD = 16;

    private static final Object END = new Object();

    /** What the reader thread threw. */
    private record Failure(Throwable error) {
    }

    /** Something that hands its items, in order, to a consumer. */
    interface Producer<T> {
        void run(Consumer<T> sink);
    }

    private Streamed() {
    }

    static <T> Iterator<T> iterator(Producer<T> producer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread reader = new Thread(() -> {
            Object last = END;
            try {
                producer.run(item -> {
                    try {
                        queue.put(item);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Cancelled();
                    }
                });
            } catch (Cancelled c) {
                return;
            } catch (RuntimeException | Error e) {
                last = new Failure(e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "annals-reader");
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.interrupt());
        }
        reader.start();
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        reader.interrupt();
                        throw new IllegalStateException("interrupted while reading", e);
                    }
                }
                if (next instanceof Failure f) {
                    if (f.error() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (Error) f.error();
                }
                return next != END;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = (T) next;
                next = null;
                return item;
            }
        };
    }

    /** Ends the reader when the task no longer wants its items. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
