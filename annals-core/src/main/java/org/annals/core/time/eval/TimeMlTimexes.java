package org.annals.core.time.eval;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The time expressions of a TimeML document: the body (content of the first {@code TEXT}, tags removed, entities
 * decoded, as {@code org.annals.core.read} reads it), the creation time and each {@code TIMEX3} inside {@code TEXT}
 * as a span of that body. A {@code TIMEX3} nested in another is kept too (TimeML forbids it; some files have it).
 */
public record TimeMlTimexes(String body, Optional<String> creationTime, List<Timex> timexes) {
    public TimeMlTimexes {
        timexes = List.copyOf(timexes);
    }

    /** Parses {@code xml}; throws IllegalArgumentException with a one-line reason when it is not TimeML. */
    public static TimeMlTimexes parse(String xml) {
        StringBuilder body = new StringBuilder();
        Optional<String> dct = Optional.empty();
        List<Timex> out = new ArrayList<>();
        List<String[]> open = new ArrayList<>(); // type, value, start offset
        boolean sawText = false;
        int textDepth = 0;
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (textDepth > 0) {
                        textDepth++;
                    } else if (name.equals("TEXT") && !sawText) {
                        textDepth = 1;
                        sawText = true;
                    }
                    if (name.equals("TIMEX3")) {
                        String fn = r.getAttributeValue(null, "functionInDocument");
                        String value = r.getAttributeValue(null, "value");
                        if ("CREATION_TIME".equals(fn) && dct.isEmpty() && value != null) {
                            dct = Optional.of(value);
                        }
                        if (textDepth > 0) {
                            String type = r.getAttributeValue(null, "type");
                            open.add(new String[] {type == null ? "" : type, value == null ? "" : value,
                                    Integer.toString(body.length())});
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (textDepth > 0 && r.getLocalName().equals("TIMEX3") && !open.isEmpty()) {
                        String[] o = open.remove(open.size() - 1);
                        int start = Integer.parseInt(o[2]);
                        if (body.length() > start) {
                            out.add(new Timex(start, body.length(), body.substring(start), o[0], o[1]));
                        }
                    }
                    if (textDepth > 0) {
                        textDepth--;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (textDepth > 0) {
                        body.append(r.getText());
                    }
                }
            }
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            int at = m.indexOf("Message:");
            throw new IllegalArgumentException("malformed XML: " + (at >= 0 ? m.substring(at + 8) : m)
                    .replaceAll("\\s+", " ").strip(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // a String holds nothing open
                }
            }
        }
        if (!sawText) {
            throw new IllegalArgumentException("no <TEXT> element: not a TimeML document");
        }
        out.sort(java.util.Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return new TimeMlTimexes(body.toString(), dct, out);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }
}
