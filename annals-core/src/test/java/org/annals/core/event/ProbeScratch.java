package org.annals.core.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.core.pipeline.SharedPipeline;
import org.annals.model.ArticleRecord;
import org.annals.model.Document;
import org.annals.model.Entity;
import org.annals.model.EntityId;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.TimeMention;
import org.annals.testkit.RecordInvariants;
import org.junit.jupiter.api.Test;

/** Scratch: prints records of /tmp/probe/*.txt (first line: date). Not a test; deleted later. */
class ProbeScratch {
    @Test
    void dump() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("probe.dir", "/tmp/probe")))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            String all = Files.readString(f);
            int nl = all.indexOf('\n');
            LocalDate date = LocalDate.parse(all.substring(0, nl).trim());
            String text = all.substring(nl + 1);
            long t0 = System.nanoTime();
            ArticleRecord r = SharedPipeline.get().extract(Document.of(f.getFileName().toString(), date, "t", "s", text));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.append("=== ").append(f.getFileName()).append(' ').append(date).append(' ').append(date.getDayOfWeek())
               .append(" (").append(ms).append(" ms)\n");
            out.append("violations: ").append(RecordInvariants.violations(r)).append('\n');
            for (Entity e : r.entities()) {
                out.append("  ").append(e.id()).append(' ').append(e.kind()).append(" '").append(e.name()).append("' ")
                   .append(e.country().orElse("-")).append('/').append(e.sector().orElse("-"))
                   .append(" titles=").append(e.titles()).append(" former=").append(e.former())
                   .append(" memberOf=").append(e.memberOf().map(Object::toString).orElse("-"))
                   .append(" members=").append(e.members())
                   .append(" mentions=").append(e.mentions().stream().map(m -> m.text() + "@" + m.start()).toList()).append('\n');
            }
            for (TimeMention t : r.times()) {
                out.append("  T '").append(t.text()).append("' ").append(t.type()).append(' ').append(t.value()).append(' ')
                   .append(t.earliest().map(Object::toString).orElse("-")).append("..").append(t.latest().map(Object::toString).orElse("-"))
                   .append(' ').append(t.rule().orElse("")).append('\n');
            }
            for (Quote q : r.quotes()) {
                out.append("  Q '").append(q.text()).append("' speaker=").append(name(r, q.speaker().orElse(null))).append('\n');
            }
            for (Event v : r.events()) {
                out.append("  ").append(v.id()).append(' ').append(v.type()).append('/').append(v.mode().orElse("-"))
                   .append(" cameo=").append(v.cameo()).append(" trig='").append(v.trigger().text()).append("'@").append(v.trigger().start())
                   .append(" src=").append(v.source().stream().map(id -> name(r, id)).toList())
                   .append(" tgt=").append(v.target().stream().map(id -> name(r, id)).toList())
                   .append(" loc=").append(name(r, v.location().orElse(null)))
                   .append(" date=").append(v.date().value()).append('[').append(v.date().earliest().map(Object::toString).orElse("-"))
                   .append("..").append(v.date().latest().map(Object::toString).orElse("-")).append("] ").append(v.date().basis())
                   .append(" '").append(v.date().text().orElse("")).append("' ")
                   .append(v.status()).append(" attr=").append(name(r, v.attribution().orElse(null)))
                   .append(" reports=").append(v.reports().size()).append(" rules=").append(v.rules())
                   .append(" conf=").append(String.format("%.2f", v.confidence()))
                   .append("\n      ev: ").append(v.evidence().text().replace('\n', ' ')).append('\n');
            }
        }
        Files.writeString(Path.of(System.getProperty("probe.dir", "/tmp/probe"), "out.log"), out.toString());
    }

    static String name(ArticleRecord r, EntityId id) {
        if (id == null) {
            return "-";
        }
        return r.entity(id).map(e -> e.id() + ":" + e.name()).orElse("?" + id);
    }
}
