package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The push-to-pull bridge of the WARC reading: order, bounded look-ahead, the reader's failure. */
class StreamedTest {

    @Test
    void itemsComeInOrderWithTheReaderAtMostAFewAhead() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> it = Streamed.iterator(sink -> {
            for (int i = 0; i < 1000; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
        });
        assertThat(it.next()).isZero();
        Thread.sleep(200);
        assertThat(produced.get()).as("the reader waits for the task").isLessThanOrEqualTo(Streamed.AHEAD + 2);
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertThat(rest).hasSize(999).startsWith(1, 2, 3).endsWith(999);
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void theReadersFailureIsThrownAfterItsItems() {
        Iterator<String> it = Streamed.iterator(sink -> {
            sink.accept("first page");
            throw new IllegalStateException("the archive is cut short");
        });
        assertThat(it.next()).isEqualTo("first page");
        assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessage("the archive is cut short");
    }
}
